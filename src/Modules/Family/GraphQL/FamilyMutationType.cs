namespace Modular.Modules.Family.GraphQL;

/// <summary>The writes under <c>family { ... }</c> in Mutation: create, update and delete for each record kind.</summary>
internal sealed class FamilyMutationType : RecordMutationType<FamilyDbContext>
{
    public FamilyMutationType()
    {
        Name = "FamilyMutation";
        Description = "Gia đình và trẻ em";
        Writes<StandardHousehold, StandardHouseholdInput, StandardHouseholdType, StandardHouseholdInputType>("StandardHousehold");
        Writes<CommunityWork, CommunityWorkInput, CommunityWorkType, CommunityWorkInputType>("CommunityWork");
        Writes<VictimCase, VictimCaseInput, VictimCaseType, VictimCaseInputType>("VictimCase");
        Writes<DisabledWomanSupport, DisabledWomanSupportInput, DisabledWomanSupportType, DisabledWomanSupportInputType>("DisabledWomanSupport");
        Writes<Sponsorship, SponsorshipInput, SponsorshipType, SponsorshipInputType>("Sponsorship");
        Writes<CultureSportsForm, CultureSportsFormInput, CultureSportsFormType, CultureSportsFormInputType>("CultureSportsForm");
        Writes<FamilyActivity, FamilyActivityInput, FamilyActivityType, FamilyActivityInputType>("Activity");
    }
}
