namespace Modular.Modules.Economy.Domain;

/// <summary>A start-up idea or project supported under Project 939.</summary>
internal sealed class StartupProject : IEconomyRecord
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public string Name { get; set; } = "";

    public string NameFolded { get; set; } = "";

    /// <summary>The woman (or group) behind it.</summary>
    public string OwnerName { get; set; } = "";

    public string OwnerNameFolded { get; set; } = "";

    public DateOnly SupportedOn { get; set; }

    public DateOnly WriteDay(DateOnly today) => SupportedOn;
}
