using PolicyBot.Dialogs.Understanding;

namespace PolicyBot.Tests.Understanding;

public sealed class FollowUpFormTests
{
    [Theory]
    [InlineData("en als het een oud-collega is?")]
    [InlineData("ook niet als ik de naam weglaat?")]
    [InlineData("en op facebook?")]
    [InlineData("maar anoniem dan?")]
    [InlineData("wat als het mijn baas is?")]
    [InlineData("kan ik het melden bij iemand")]
    [InlineData("even if I keep it anonymous?")]
    [InlineData("and on Instagram?")]
    [InlineData("what if one of them is my boss")]
    [InlineData("what about TikTok?")]
    [InlineData("who can I report it to")]
    [InlineData("should I block him?")]
    public void AShortTextThatCarriesOnOrPointsBackIsAFollowUp(string text) => Assert.True(FollowUpForm.IsFollowUp(text));

    [Theory]
    [InlineData("mag ik een foto van een collega op linkedin zetten?")]
    [InlineData("even een vraag: mag ik een klant taggen?")]
    [InlineData("what if a customer complains under my post about our prices")]
    [InlineData("wat als een journalist me belt over de reorganisatie")]
    [InlineData("het logo")]
    [InlineData("en")]
    [InlineData("")]
    [InlineData("en als ik een foto van mijn team met klanten op het evenement van vorige week op linkedin zet")]
    public void AQuestionOfItsOwnIsNoFollowUp(string text) => Assert.False(FollowUpForm.IsFollowUp(text));
}
