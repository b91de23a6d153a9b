namespace Modular.Modules.Economy;

/// <summary>The Economic Empowerment (Project 939) module.</summary>
internal sealed class EconomyModule() : RecordModule<EconomyDbContext, EconomySqliteDbContext, EconomyPostgresDbContext, EconomyQueryType, EconomyMutationType, EconomyIndicators, EconomyDemoData>(
    ModuleKey, "Hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)", "Economic Empowerment (Project 939)")
{
    public const string ModuleKey = "economy";
}
