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

internal sealed class HouseholdStandingEnum : EnumerationGraphType<HouseholdStanding>
{
    public HouseholdStandingEnum()
    {
        Name = "EconomyHouseholdStanding";
        Description = "Which households a list shows: still supported, or out of poverty.";
    }
}

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
internal sealed class EconomyQueryType : ObjectGraphType
{
    public EconomyQueryType()
    {
        Name = "EconomyQuery";
        Description = "Hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)";
        Field<NonNullGraphType<StringGraphType>>("moduleName").Description("The module's name in Vietnamese.").Resolve(_ => "Hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)");

        ListField<HouseholdPageType>("households", "Supported households; from/to apply to the day support began, or to the day the household left poverty when status is OUT_OF_POVERTY.")
            .Argument<HouseholdStandingEnum>("status")
            .ResolveAsync(async c =>
            {
                var (from, to, search) = Filters(c);
                var status = c.GetArgument<HouseholdStanding?>("status");
                return await List<SupportedHousehold>(c, q =>
                {
                    if (status == HouseholdStanding.OutOfPoverty)
                    {
                        q = q.Where(h => h.ExitedPovertyOn != null);
                        q = from is { } f ? q.Where(h => h.ExitedPovertyOn >= f) : q;
                        q = to is { } t ? q.Where(h => h.ExitedPovertyOn <= t) : q;
                    }
                    else
                    {
                        q = status == HouseholdStanding.Supported ? q.Where(h => h.ExitedPovertyOn == null) : q;
                        q = from is { } f ? q.Where(h => h.SupportStartedOn >= f) : q;
                        q = to is { } t ? q.Where(h => h.SupportStartedOn <= t) : q;
                    }

                    q = search is null ? q : q.Where(h => h.HeadNameFolded.Contains(search) || h.VillageFolded.Contains(search));
                    return q.OrderByDescending(h => h.SupportStartedOn).ThenByDescending(h => h.Id);
                });
            });
        Single<SupportedHousehold, HouseholdType>("household");

        ListField<EntrepreneurPageType>("entrepreneurs", "Supports given to women business owners, by the day of the support.")
            .Argument<BusinessKindEnum>("businessKind")
            .ResolveAsync(async c =>
            {
                var (from, to, search) = Filters(c);
                var kind = c.GetArgument<BusinessKind?>("businessKind");
                return await List<SupportedEntrepreneur>(c, q =>
                {
                    q = from is { } f ? q.Where(e => e.SupportedOn >= f) : q;
                    q = to is { } t ? q.Where(e => e.SupportedOn <= t) : q;
                    q = kind is { } k ? q.Where(e => e.BusinessKind == k) : q;
                    q = search is null ? q : q.Where(e => e.FullNameFolded.Contains(search));
                    return q.OrderByDescending(e => e.SupportedOn).ThenByDescending(e => e.Id);
                });
            });
        Single<SupportedEntrepreneur, EntrepreneurType>("entrepreneur");

        ListField<CooperativePageType>("cooperatives", "Cooperatives and cooperative groups, by founding day.")
            .Argument<CooperativeKindEnum>("kind")
            .ResolveAsync(async c =>
            {
                var (from, to, search) = Filters(c);
                var kind = c.GetArgument<CooperativeKind?>("kind");
                return await List<Cooperative>(c, q =>
                {
                    q = from is { } f ? q.Where(x => x.FoundedOn >= f) : q;
                    q = to is { } t ? q.Where(x => x.FoundedOn <= t) : q;
                    q = kind is { } k ? q.Where(x => x.Kind == k) : q;
                    q = search is null ? q : q.Where(x => x.NameFolded.Contains(search));
                    return q.OrderByDescending(x => x.FoundedOn).ThenByDescending(x => x.Id);
                });
            });
        Single<Cooperative, CooperativeType>("cooperative");

        ListField<StartupPageType>("startups", "Start-up ideas and projects supported, by the day of the support.")
            .ResolveAsync(async c =>
            {
                var (from, to, search) = Filters(c);
                return await List<StartupProject>(c, q =>
                {
                    q = from is { } f ? q.Where(s => s.SupportedOn >= f) : q;
                    q = to is { } t ? q.Where(s => s.SupportedOn <= t) : q;
                    q = search is null ? q : q.Where(s => s.NameFolded.Contains(search) || s.OwnerNameFolded.Contains(search));
                    return q.OrderByDescending(s => s.SupportedOn).ThenByDescending(s => s.Id);
                });
            });
        Single<StartupProject, StartupType>("startup");

        ListField<LoanPageType>("loans", "Loans, by the day of the loan.")
            .Argument<LoanSourceEnum>("source")
            .ResolveAsync(async c =>
            {
                var (from, to, search) = Filters(c);
                var source = c.GetArgument<LoanSource?>("source");
                return await List<Loan>(c, q =>
                {
                    q = from is { } f ? q.Where(l => l.LoanedOn >= f) : q;
                    q = to is { } t ? q.Where(l => l.LoanedOn <= t) : q;
                    q = source is { } s ? q.Where(l => l.Source == s) : q;
                    q = search is null ? q : q.Where(l => l.BorrowerNameFolded.Contains(search));
                    return q.OrderByDescending(l => l.LoanedOn).ThenByDescending(l => l.Id);
                });
            });
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

    private FieldBuilder<object?, object> ListField<TPage>(string name, string description)
        where TPage : IGraphType =>
        Field<NonNullGraphType<TPage>>(name)
            .Description(description)
            .Argument<StringGraphType>("unitCode", a => a.Description = "Records of this unit and its descendants; default the caller's unit.")
            .Argument<CalendarDateGraphType>("from", a => a.Description = "First day, inclusive.")
            .Argument<CalendarDateGraphType>("to", a => a.Description = "Last day, inclusive.")
            .Argument<StringGraphType>("search", a => a.Description = "Part of a name, with or without accents.")
            .Paged();

    private void Single<TRecord, TType>(string name)
        where TRecord : class, IEconomyRecord
        where TType : IGraphType =>
        Field<NonNullGraphType<TType>>(name)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<EconomyRecords>().GetAsync<TRecord>(c.RecordId(), c.CancellationToken));

    private static (DateOnly? From, DateOnly? To, string? Search) Filters(IResolveFieldContext c) =>
        (c.GetArgument<DateOnly?>("from"), c.GetArgument<DateOnly?>("to"), VietnameseText.Clean(c.GetArgument<string?>("search")) is { } s ? VietnameseText.Fold(s) : null);

    private static Task<Page<TRecord>> List<TRecord>(IResolveFieldContext c, Func<IQueryable<TRecord>, IQueryable<TRecord>> filterAndOrder)
        where TRecord : class, IEconomyRecord =>
        c.Service<EconomyRecords>().ListAsync(c.GetArgument<string?>("unitCode"), filterAndOrder, PageRequest.From(c), c.CancellationToken);
}
