namespace IncidentLearn.Api.Tests.Support;

/// <summary>An incident in canonical Markdown and as JSON, as a client would send them.</summary>
internal static class SampleIncident
{
    public const string Markdown = """
        ---
        title: Search index rebuild ate the disk
        date: 2025-09-18
        timeZone: Europe/Berlin
        authors:
        - Ines Walcher
        status: in-review
        severity: SEV2
        services:
        - search
        tags:
        - storage
        - elasticsearch
        authorRole: Search on-call engineer
        ---

        # Search index rebuild ate the disk

        ## Summary

        A full reindex doubled disk use on three data nodes and search went read-only for 47 minutes.

        ## Root causes

        - The reindex job wrote a second copy before deleting the first.

        ## Timeline

        | Start | End | Stated duration | Kind | Actor | Event |
        |---|---|---|---|---|---|
        | 10:02 |  |  | impact |  | Disk watermark reached; index read-only |
        | 10:11 |  |  | detection | alerting | “Search writes failing” alert |
        | 10:20 | 10:49 | 29 minutes | mitigation | Ines | Deleted the half-built index and lifted the block |

        ## Action items

        | Action | Owner | Type | Status | Due |
        |---|---|---|---|---|
        | Reindex in batches with a disk check | Ines | prevent | open | 2025-10-01 |

        """;

    public const string Json = """
        {
          "title": "Checkout latency after a Redis failover",
          "date": "2025-03-04",
          "severity": "SEV2",
          "status": "draft",
          "services": ["checkout"],
          "tags": ["caching"],
          "summary": "Checkout read sessions from a cold replica for 38 minutes.",
          "timeline": [ { "start": "14:02", "text": "Failover started", "kind": "impact" } ],
          "actionItems": [ { "text": "Warm the replica before promotion", "owner": "Mira", "type": "prevent", "status": "open" } ]
        }
        """;
}
