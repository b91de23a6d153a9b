using GraphQL;
using GraphQL.Types;
using Modular.Modules.Economy.Data;
using Modular.Modules.Economy.Domain;
using Modular.Modules.Economy.Validation;
using Modular.Shared.GraphQL;

namespace Modular.Modules.Economy.GraphQL;

/// <summary>The writes under <c>economy { ... }</c> in Mutation: create, update and delete for each kind of record.</summary>
internal sealed class EconomyMutationType : ObjectGraphType
{
    public EconomyMutationType()
    {
        Name = "EconomyMutation";
        Description = "Ghi nhận hỗ trợ phụ nữ phát triển kinh tế (Đề án 939)";
        Writes<SupportedHousehold, HouseholdInput, HouseholdType, HouseholdInputType>("Household");
        Writes<SupportedEntrepreneur, EntrepreneurInput, EntrepreneurType, EntrepreneurInputType>("Entrepreneur");
        Writes<Cooperative, CooperativeInput, CooperativeType, CooperativeInputType>("Cooperative");
        Writes<StartupProject, StartupInput, StartupType, StartupInputType>("Startup");
        Writes<Loan, LoanInput, LoanType, LoanInputType>("Loan");
    }

    private void Writes<TRecord, TInput, TType, TInputType>(string record)
        where TRecord : class, IEconomyRecord, new()
        where TInput : IRecordInput<TInput, TRecord>
        where TType : IGraphType
        where TInputType : IGraphType
    {
        Field<NonNullGraphType<TType>>($"create{record}")
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async c => await c.Service<EconomyRecords>().CreateAsync<TRecord, TInput>(c.GetArgument<TInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<TType>>($"update{record}")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<TInputType>>("input")
            .ResolveAsync(async c => await c.Service<EconomyRecords>().UpdateAsync<TRecord, TInput>(c.RecordId(), c.GetArgument<TInput>("input"), c.CancellationToken));
        Field<NonNullGraphType<IdGraphType>>($"delete{record}")
            .Description("Deletes the record and returns its id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<EconomyRecords>().DeleteAsync<TRecord>(c.RecordId(), c.CancellationToken));
    }
}
