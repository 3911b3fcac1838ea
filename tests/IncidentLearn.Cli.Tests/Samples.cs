namespace IncidentLearn.Cli.Tests;

internal static class Samples
{
    public static string Canonical(string title, string? id = null, string severity = "SEV3") => $"""
        ---
        {(id is null ? "" : $"id: {id}\n")}title: "{title}"
        date: 2025-06-30
        severity: {severity}
        tags:
        - dns
        ---

        # {title}

        ## Summary

        Internal DNS answered NXDOMAIN for 22 minutes after a zone push with a missing record.

        ## Root causes

        - The zone file was generated from a stale inventory export.

        """;
}
