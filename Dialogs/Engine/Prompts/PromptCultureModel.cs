namespace PolicyBot.Dialogs.Engine.Prompts;

/// <summary>
/// The engine's own words per language, like botbuilder's PromptCultureModels: yes/no for confirm prompts and
/// number words for choosing by position. The policy's texts live in the YAML content, not here.
/// </summary>
public sealed record PromptCultureModel(
    string YesLabel,
    string NoLabel,
    IReadOnlyList<string> Yes,
    IReadOnlyList<string> No,
    IReadOnlyList<string> Cardinals,
    IReadOnlyList<string> Ordinals,
    IReadOnlyList<string> Last)
{
    public static readonly PromptCultureModel Dutch = new(
        "Ja", "Nee",
        ["ja", "jawel", "jazeker", "zeker", "klopt", "graag", "ja graag", "ok", "oke", "prima", "doe maar", "is goed", "akkoord", "ja hoor", "yes", "y", "j"],
        ["nee", "neen", "nope", "niet", "liever niet", "nee dank je", "nee bedankt", "no", "n"],
        ["een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien"],
        ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende"],
        ["laatste"]);

    public static readonly PromptCultureModel English = new(
        "Yes", "No",
        ["yes", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "yes please", "correct", "right", "sounds good", "go ahead", "alright", "all right", "y", "ja"],
        ["no", "nope", "nah", "no thanks", "not really", "n", "nee"],
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"],
        ["last"]);

    public static PromptCultureModel For(Language language) => language == Language.Nl ? Dutch : English;
}
