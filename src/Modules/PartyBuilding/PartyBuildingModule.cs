namespace Modular.Modules.PartyBuilding;

/// <summary>The Party Building & Supervision module (plan section II.4.2).</summary>
internal sealed class PartyBuildingModule() : RecordModule<PartyBuildingDbContext, PartyBuildingSqliteDbContext, PartyBuildingPostgresDbContext, PartyBuildingQueryType, PartyBuildingMutationType, PartyBuildingIndicators, PartyBuildingDemoData>(
    ModuleKey, "Tham gia xây dựng Đảng, giám sát và phản biện xã hội", "Party Building & Supervision")
{
    public const string ModuleKey = "party";
}
