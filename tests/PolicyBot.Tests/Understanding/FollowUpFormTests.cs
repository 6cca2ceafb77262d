using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public sealed class FollowUpFormTests
{
    [Theory]
    [InlineData("en als het een oud-collega is?", FollowUpKind.Opens)]
    [InlineData("ook niet als ik de naam weglaat?", FollowUpKind.Opens)]
    [InlineData("en op facebook?", FollowUpKind.Opens)]
    [InlineData("maar anoniem dan?", FollowUpKind.Opens)]
    [InlineData("wat als het mijn baas is?", FollowUpKind.Opens)]
    [InlineData("kan ik het melden bij iemand", FollowUpKind.PointsBack)]
    [InlineData("even if I keep it anonymous?", FollowUpKind.Opens)]
    [InlineData("and on Instagram?", FollowUpKind.Opens)]
    [InlineData("what if one of them is my boss", FollowUpKind.Opens)]
    [InlineData("what about TikTok?", FollowUpKind.Opens)]
    [InlineData("who can I report it to", FollowUpKind.PointsBack)]
    [InlineData("should I block him?", FollowUpKind.PointsBack)]
    // Opens as one, so it counts even where the text alone looks unrelated; "what time is it?" only points back.
    [InlineData("what if it's a former colleague?", FollowUpKind.Opens)]
    [InlineData("what time is it?", FollowUpKind.PointsBack)]
    // User test 46: a bare "mag dat?" and a reply opening with "ok" found nothing after an answer.
    [InlineData("mag dat?", FollowUpKind.Bare)]
    [InlineData("is that allowed?", FollowUpKind.Bare)]
    [InlineData("ok mag dat wel?", FollowUpKind.Bare)]
    [InlineData("ok en als ze het zelf goedvindt?", FollowUpKind.Opens)]
    [InlineData("oh, and on facebook?", FollowUpKind.Opens)]
    // Review 50: a short question with "het" or "it" is not bare; it only points back, as unrelated questions do.
    [InlineData("regent het nog?", FollowUpKind.PointsBack)]
    [InlineData("is het weekend?", FollowUpKind.PointsBack)]
    public void AShortTextThatCarriesOnOrPointsBackIsAFollowUp(string text, FollowUpKind kind) => Assert.Equal(kind, FollowUpForm.Read(text));

    [Theory]
    [InlineData("mag ik een foto van een collega op linkedin zetten?")]
    [InlineData("even een vraag: mag ik een klant taggen?")]
    [InlineData("what if a customer complains under my post about our prices")]
    [InlineData("wat als een journalist me belt over de reorganisatie")]
    [InlineData("het logo")]
    [InlineData("en")]
    [InlineData("")]
    [InlineData("en als ik een foto van mijn team met klanten op het evenement van vorige week op linkedin zet")]
    public void AQuestionOfItsOwnIsNoFollowUp(string text) => Assert.Equal(FollowUpKind.None, FollowUpForm.Read(text));
}
