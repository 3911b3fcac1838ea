namespace IncidentLearn.Core.Redaction;

/// <summary>What a redacted detail was, so a reviewer can see why it went.</summary>
public enum RedactionKind
{
    Company,
    Customer,
    Person,
    Host,
    IpAddress,
    Url,
    Email,
    Money,
}
