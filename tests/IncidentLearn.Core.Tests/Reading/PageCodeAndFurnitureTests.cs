using IncidentLearn.Core.Reading;

namespace IncidentLearn.Core.Tests.Reading;

public sealed class PageCodeAndFurnitureTests
{
    private const string Story = "\n# Relay outage\n\nAt 11:00 UTC our relay servers stopped accepting connections after a certificate expired.\nI renewed the certificate and restarted the relays by 11:40 UTC.\n";

    [Fact]
    public void MdxImportsExportsAndLayoutTagsAreDroppedAsPageCode()
    {
        const string mdx = "import { BlogLayout } from '@/components/blog'\nexport const meta = {\n  title: 'Relay outage',\n  ogImage: '/relay.png',\n}\n\n<BlogLayout meta={meta}>\n" + Story + "\n</BlogLayout>\n";

        var (record, report) = WriteupReader.Read(mdx);

        Assert.Equal([1, 2, 3, 4, 5, 7, 14], report.Dropped.Select(d => d.Line).Order());
        Assert.DoesNotContain("ogImage", string.Join(" ", record.Summary, record.Star.Situation, record.Star.Action), StringComparison.Ordinal);
    }

    [Fact]
    public void AWikisNavigationAndRevisionNotesAreDropped()
    {
        const string wiki = "Relay outage\nFrom Opswiki\nJump to navigation Jump to search\nRevision as of 10:02, 4 March 2024 by Ana (talk | contribs)\n" + Story + "\nRetrieved from \"https://wiki.example.test/Relay_outage\"\n";

        var (_, report) = WriteupReader.Read(wiki);

        Assert.Contains(report.Dropped, d => d.Text == "From Opswiki");
        Assert.Contains(report.Dropped, d => d.Text.StartsWith("Jump to navigation", StringComparison.Ordinal));
        Assert.Contains(report.Dropped, d => d.Text.StartsWith("Revision as of", StringComparison.Ordinal));
        Assert.Contains(report.Dropped, d => d.Text.StartsWith("Retrieved from", StringComparison.Ordinal));
    }

    [Fact]
    public void AStorySentenceThatStartsWithFromIsKept()
    {
        var (_, report) = WriteupReader.Read("From there we rolled back.\n" + Story);

        Assert.DoesNotContain(report.Dropped, d => d.Text.StartsWith("From there", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[Blog](/blog) · [Careers](/careers) · [Open source](/oss)")]
    [InlineData("Spaces / Site Reliability / Postmortems / 2024")]
    [InlineData("Newer Post   Older Post   Home")]
    [InlineData("Interview Prep Hub › DevOps › Behavioural")]
    [InlineData("← Previous: Our on-call handbook   Next: Building offline boarding →")]
    [InlineData("🚀 Practice rooms are launching soon - join the waitlist for early access to every mock interview")]
    [InlineData("Last updated: 2023-01-19")]
    [InlineData("By Dana Okafor")]
    [InlineData("2013-04-22 | Author: Dana")]
    [InlineData("Thursday July 09 2020 • posted by dana")]
    [InlineData("This incident affected: Checkout API, Payments API, Web shop, Mobile apps, Partner API, Reporting, Search, Recommendations, Notifications and E-mail.")]
    [InlineData("Cover image for The Night the Relays Stopped")]
    [InlineData("dana_r profile image Dana Reyes (she/her) Updated on ・3 min read")]
    [InlineData("Copyright © 2026 Harbour Press. Published by Harbour Books Ltd. Licensed under a reuse-with-attribution licence.")]
    [InlineData("[ Previous Chapter 8 - The Review Template ](https://book.example.test/template/)")]
    [InlineData("This post was originally a talk at our internal engineering meetup.")]
    [InlineData("Affected components")]
    public void MenusBreadcrumbsBylinesAndPageDatesAreDropped(string furniture)
    {
        var (record, report) = WriteupReader.Read(furniture + "\n" + Story);

        Assert.Contains(report.Dropped, d => d.Line == 1);
        Assert.DoesNotContain(furniture, string.Join(" ", record.Title, record.Summary, record.Star.Situation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("03/02/2023")]
    [InlineData("api / web / worker restarted at 11:05")]
    [InlineData("By Monday we had moved every tenant.")]
    [InlineData("Updated 11:20 UTC: the relays are back.")]
    [InlineData("| Time | Event | Owner |")]
    public void LinesThatOnlyLookLikeFurnitureAreKept(string content)
    {
        var (_, report) = WriteupReader.Read(content + "\n" + Story);

        Assert.DoesNotContain(report.Dropped, d => d.Line == 1);
    }

    [Fact]
    public void ATableOfContentsOfLinkOnlyItemsIsDroppedButAShortListOfLinksIsKept()
    {
        const string contents = "1. [Contents](/contents)\n2. [Preface](/preface)\n3. [Why reviews matter](/why)\n4. [Running the meeting](/meeting)\n5. [Writing it down](/writing)\n";
        const string references = "\n## References\n\n- [Relay runbook](/runbooks/relay)\n- [Certificate policy](/policies/certs)\n";

        var (_, report) = WriteupReader.Read(contents + Story + references);

        Assert.Equal([1, 2, 3, 4, 5], report.Dropped.Where(d => d.Kind == Core.Reading.Noise.DropKind.Navigation).Select(d => d.Line));
    }

    [Fact]
    public void ACommentsHeadingLateInThePageEndsTheStory()
    {
        var (record, report) = WriteupReader.Read(Story + "\nWe also added an alert on certificate expiry.\n\n## 2 Comments\n\n**sam**: Great write-up, we had the same expiry last year.\n\n**lee**: Which alerting tool do you use?\n");

        Assert.Contains(report.Dropped, d => d.Kind == Core.Reading.Noise.DropKind.Comments && d.Text.Contains("Which alerting tool", StringComparison.Ordinal));
        Assert.DoesNotContain("same expiry last year", string.Join(" ", record.Summary, record.Star.Situation, record.Star.Action, record.Star.Result, string.Join(" ", record.Sections.Select(s => s.Body))), StringComparison.Ordinal);
    }

    [Fact]
    public void ANoCommentsCounterDoesNotEndTheStory()
    {
        var (_, report) = WriteupReader.Read("# Relay outage\n\n0 comments\n\nAt 11:00 UTC our relay servers stopped accepting connections after a certificate expired.\nI renewed the certificate and restarted the relays by 11:40 UTC.\n");

        Assert.DoesNotContain(report.Dropped, d => d.Kind == Core.Reading.Noise.DropKind.Comments);
    }

    [Fact]
    public void AForumThreadsHeadersAndRepliesAreDropped()
    {
        const string thread = "• @dana\n    link\n    12\n    2 days ago\n\n    I deleted the staging database by running a cleanup script against the wrong host.\n\n    • @sam@example.social\n      link\n      fedilink\n      2 days ago\n\n      Happens to everyone once.\n";

        var (_, report) = WriteupReader.Read(thread);

        Assert.Equal(["• @dana", "link", "12", "2 days ago", "• @sam@example.social", "link", "fedilink", "2 days ago", "Happens to everyone once."], report.Dropped.Select(d => d.Text.Trim()));
    }
}
