namespace PolicyBot.Dialogs.Understanding;

/// <summary>
/// Words that say nothing about the topic: function words and the frame of a policy question
/// ("mag ik", "am I allowed to"). Also the function words that tell Dutch and English apart.
/// </summary>
internal static class StopWords
{
    public static readonly HashSet<string> Nl = Set("""
        aan al alle alleen als alsjeblieft alstublieft altijd andere ben bent bij binnen dan dat de deze die dit doe doen
        door dus een eens eigen eigenlijk en er even geen gewoon graag had heb hebben heeft het hier hij hoe hoi hallo
        hun ik in is ja je jij jou jouw juist kan kun kunnen maar me mag mee meer mij mijn mijne misschien moet moeten
        mogen na naar nee niet nog nou nu of ok oke om onder ons onze ook op over per precies sommige te tegen toch
        toegestaan tot u uit uw van veel voor vanaf waar wanneer waarom wat we wel welk welke wie wij wil willen word
        worden wordt zal ze zelf zich zij zijn zo zonder zou zouden zoals iets iemand ergens dingen ding bijvoorbeeld
        dank bedankt vraag vraagje hey hee beste goedemorgen goedemiddag klopt
        """);

    public static readonly HashSet<string> En = Set("""
        a about above after again all allowed also am an and any anything are as at be been being both but by can
        could did do does doing done each either else ever every few for from get gets got had has have having he her
        here hers him his how i if in into is it its itself just let like may me might mine more most must my myself
        need no nor not now of ok okay on once only or other our ours out over own please really same she should so
        some something someone such than thanks thank that the their theirs them then there these they this those
        through to too under until up very was we were what when where which while who whom why will with would yes
        yet you your yours hi hello hey question quick things thing permitted fine
        """);

    // Function words used only to tell the languages apart; words both languages share ("in", "is", "we") are left out.
    public static readonly HashSet<string> NlMarkers = Set("""
        de het een ik je jij mijn onze ons mag mogen kan kun kunnen wat hoe waar wanneer waarom welke van op voor met
        niet geen dat dit deze die naar bij zijn heb hebben moet moeten wil willen er ook als maar nog dan wel om te aan
        uit hun ze zij hij iets iemand graag u uw wordt worden zou door
        """);

    public static readonly HashSet<string> EnMarkers = Set("""
        the a an i my our you your can could may might should would what how where when why which of on for with not
        no that this these those and or to from at by are am be do does have has it about if allowed please there
        their they them will
        """);

    public static HashSet<string> For(Language language) => language == Language.Nl ? Nl : En;

    private static HashSet<string> Set(string words) =>
        new(words.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
}
