namespace IncidentLearn.Data.Store;

public enum IncidentSort
{
    DateDescending,
    DateAscending,
    TitleAscending,
    TitleDescending,
    UpdatedDescending,
    SeverityAscending,
}
