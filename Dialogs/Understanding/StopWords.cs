namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Words that say nothing about the topic: function words and the frame of a policy question
/// ("mag ik", "am I allowed to"). Also the function words that tell Dutch and English apart.
/// </summary>
internal static class StopWords
{
    public static readonly HashSet<string> Nl = Set("""
        aan al alle alleen als alsjeblieft alstublieft ben bent bij dan dat de deze die dit door dus een eens en er
        even had heb heeft het hier hij hoe hoi hallo hun ik in is ja je jij jou jouw jullie maar me mee mij mijn
        misschien na naar nee nog nou nu of oke ok om ons onze ook op te tot u uit uw van voor waar wat we wel wie wij
        zal ze zich zij zijn zo hey hee dank bedankt beste graag iets iemand eigenlijk gewoon toch
        mag mogen kan kun kunt kunnen toegestaan oke okee prima goed over met niet wil wilt willen
        """);

    public static readonly HashSet<string> En = Set("""
        a am an and any are as at be been being but by did do does doing for from had he her here him his how i if in
        into is it its itself me my myself of on or our ours she so than that the their theirs them then there these
        they this those to too was we were what which while who whom why you your yours hi hello hey please thanks
        thank just really something someone anything
        can could may might allowed allow permitted ok okay fine about with not want wants us
        """);

    // Function words used only to tell the languages apart; words both languages share ("in", "is", "we", "of") are left out.
    public static readonly HashSet<string> NlMarkers = Set("""
        de het een ik je jij mijn onze ons mag mogen kan kun kunnen wat hoe waar wanneer waarom welke van op voor met
        niet geen dat dit deze die naar bij zijn heb hebben moet moeten wil willen er ook als maar nog dan wel om te aan
        uit hun ze zij hij iets iemand graag u uw wordt worden zou door wie
        """);

    public static readonly HashSet<string> EnMarkers = Set("""
        the a an i my our you your can could may might should would what how where when why which on for with not
        no that this these those and or to from at by are am be do does have has it about if allowed please there
        their they them will who whose
        """);

    /// <summary>A function word or a policy question's frame in either language.</summary>
    public static bool IsFunctionWord(string word) => Nl.Contains(word) || En.Contains(word) || NlMarkers.Contains(word) || EnMarkers.Contains(word);

    public static HashSet<string> For(Language language) => language == Language.Nl ? Nl : En;

    private static HashSet<string> Set(string words) =>
        new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
