using System.ComponentModel;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Modular.Modules.Economy.Data;
using Modular.Modules.Economy.Domain;
using Modular.Modules.Economy.Indicators;
using Modular.Shared;
using Modular.Shared.Access;
using Modular.Shared.GraphQL;
using Modular.Shared.Indicators;

namespace Modular.Modules.Economy.GraphQL;

/// <summary>Which households a list shows.</summary>
internal enum HouseholdStanding
{
    [Description("Đang được hỗ trợ (chưa thoát nghèo, cận nghèo)")]
    Supported,

    [Description("Đã thoát nghèo, thoát cận nghèo")]
    OutOfPoverty,
}

internal sealed class HouseholdStandingEnum()
    : ModuleEnumGraphType<HouseholdStanding>("EconomyHouseholdStanding", "Which households a list shows: still supported, or out of poverty.");

/// <summary>One of the module's figures over a unit's subtree.</summary>
internal sealed record EconomyFigure(string Indicator, string Name, double Value);

internal sealed class EconomyFigureType : ObjectGraphType<EconomyFigure>
{
    public EconomyFigureType()
    {
        Name = "EconomyFigure";
        Description = "One of the module's figures, summed over a unit and its descendants.";
        Field(f => f.Indicator).Description("Indicator key, e.g. economy.loan-amount.");
        Field(f => f.Name);
        Field(f => f.Value);
    }
}

/// <summary>The fields under <c>economy { ... }</c>.</summary>
internal sealed class EconomyQueryType : RecordQueryType<EconomyDbContext>
{
    public EconomyQueryType()
    {
        Name = "EconomyQuery";
        Description = "Hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)");

        List<SupportedHousehold, HouseholdType>(
                "households",
                "Supported households; from/to apply to the day support began, or to the day the household left poverty when status is OUT_OF_POVERTY.",
                (c, query) => c.GetArgument<HouseholdStanding?>("status") switch
                {
                    HouseholdStanding.OutOfPoverty => query with
                    {
                        Narrow = q => q.Where(h => h.ExitedPovertyOn != null),
                        During = (from, to) => h => h.ExitedPovertyOn >= from && h.ExitedPovertyOn <= to,
                    },
                    HouseholdStanding.Supported => query with { Narrow = q => q.Where(h => h.ExitedPovertyOn == null) },
                    _ => query,
                })
            .Argument<HouseholdStandingEnum>("status");
        Single<SupportedHousehold, HouseholdType>("household");

        List<SupportedEntrepreneur, EntrepreneurType>("entrepreneurs", "Supports given to women business owners, by the day of the support.", (c, query) =>
            {
                var kind = c.GetArgument<BusinessKind?>("businessKind");
                return query with { Narrow = q => q.Where(e => kind == null || e.BusinessKind == kind) };
            })
            .Argument<BusinessKindEnum>("businessKind");
        Single<SupportedEntrepreneur, EntrepreneurType>("entrepreneur");

        List<Cooperative, CooperativeType>("cooperatives", "Cooperatives and cooperative groups, by founding day.", (c, query) =>
            {
                var kind = c.GetArgument<CooperativeKind?>("kind");
                return query with { Narrow = q => q.Where(x => kind == null || x.Kind == kind) };
            })
            .Argument<CooperativeKindEnum>("kind");
        Single<Cooperative, CooperativeType>("cooperative");

        List<StartupProject, StartupType>("startups", "Start-up ideas and projects supported, by the day of the support.");
        Single<StartupProject, StartupType>("startup");

        List<Loan, LoanType>("loans", "Loans, by the day of the loan.", (c, query) =>
            {
                var source = c.GetArgument<LoanSource?>("source");
                return query with { Narrow = q => q.Where(l => source == null || l.Source == source) };
            })
            .Argument<LoanSourceEnum>("source");
        Single<Loan, LoanType>("loan");

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EconomyFigureType>>>>("figures")
            .Description("The module's figures over a unit and its descendants (default the caller's unit), for records dated from..to; the same numbers progress reads.")
            .Argument<StringGraphType>("unitCode")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("from")
            .Argument<NonNullGraphType<CalendarDateGraphType>>("to")
            .ResolveAsync(async c =>
            {
                var (from, to) = (c.GetArgument<DateOnly>("from"), c.GetArgument<DateOnly>("to"));
                if (to < from)
                {
                    throw new DomainException(ErrorCodes.Validation, "Ngày kết thúc phải không trước ngày bắt đầu.", "to");
                }

                var unitIds = (await c.Service<UnitAccess>().ReadableSubtreeAsync(VietnameseText.Clean(c.GetArgument<string?>("unitCode")), c.CancellationToken)).ToHashSet();
                var indicators = c.Service<EconomyIndicators>();
                var values = await indicators.GetValuesAsync(
                    new IndicatorQuery(indicators.Indicators.Select(i => i.Key).ToList(), from, to), c.CancellationToken);
                return indicators.Indicators
                    .Select(i => new EconomyFigure(i.Key, i.Name, values.Where(v => v.IndicatorKey == i.Key && unitIds.Contains(v.UnitId)).Sum(v => v.Value)))
                    .ToList();
            });
    }
}
