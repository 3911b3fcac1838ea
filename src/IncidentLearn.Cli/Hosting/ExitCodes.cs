namespace IncidentLearn.Cli.Hosting;

/// <summary>What `incidentlearn` tells the shell.</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Some inputs were rejected; each is named on stderr with why. The rest went through.</summary>
    public const int SomeRejected = 1;

    public const int Usage = 2;
}
