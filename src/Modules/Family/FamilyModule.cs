namespace Modular.Modules.Family;

/// <summary>The Family & Children module.</summary>
internal sealed class FamilyModule() : RecordModule<FamilyDbContext, FamilySqliteDbContext, FamilyPostgresDbContext, FamilyQueryType, FamilyMutationType, FamilyIndicators, FamilyDemoData>(
    ModuleKey, "Gia đình và trẻ em", "Family & Children")
{
    public const string ModuleKey = "family";
}
