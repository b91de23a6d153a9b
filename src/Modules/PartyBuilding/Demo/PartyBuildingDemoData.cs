using static Modular.Modules.PartyBuilding.Demo.DemoTexts;

namespace Modular.Modules.PartyBuilding.Demo;

/// <summary>
/// A year of plausible Party building and supervision records. Base unions get about
/// <see cref="DemoDataRequest.RecordsPerBaseUnion"/> records each, shared as <see cref="BaseShares"/>; the province and
/// districts get their own few supervisions, criticisms, dialogues, women cadre activities and congress contents.
/// Some units lag on each kind (no record yet) so coverage targets are met by most units but not all, and about 70%
/// of eligible branch heads are introduced against the 80% goal of 2.8.1f. Records are written through the record
/// service's bulk path, with the same checks as a GraphQL write; an input such a write would refuse is left out.
/// </summary>
internal sealed class PartyBuildingDemoData(RecordService<PartyBuildingDbContext> service) : IDemoDataGenerator
{
    /// <summary>How a base union's records are shared among the kinds (sums to 1).</summary>
    private static readonly (double BranchHeads, double Comments, double CongressDraftComments, double Supervisions, double Proposals) BaseShares =
        (0.35, 0.25, 0.10, 0.15, 0.15);

    /// <summary>How many criticisms a district sends, one drawn at random: two or more in about three districts out of four.</summary>
    private static readonly IReadOnlyList<int> DistrictCriticisms = [0, 1, 1, 2, 2, 2, 3, 3, 4, 4];

    public string ModuleKey => PartyBuildingModule.ModuleKey;

    public async Task<long> GenerateAsync(DemoDataRequest request, CancellationToken cancellationToken)
    {
        if (request.RecordsPerBaseUnion <= 0)
        {
            return 0;
        }

        var batch = new RecordBatch<PartyBuildingDbContext>(service, new RecordImport(request.Label, SkipRefused: true));
        foreach (var unit in request.Units)
        {
            switch (unit.LevelKey)
            {
                case "base":
                    AddBaseUnionRecords(batch, request, unit);
                    break;
                case "province" or "district":
                    AddLevelRecords(batch, request, unit);
                    break;
            }

            await batch.FlushIfFullAsync(cancellationToken);
        }

        return await batch.FlushAsync(cancellationToken);
    }

    /// <summary>A base union's records: branch heads, comments on drafts, supervisions and programme proposals.</summary>
    private static void AddBaseUnionRecords(RecordBatch<PartyBuildingDbContext> batch, DemoDataRequest request, UnitRef unit)
    {
        var r = request.RecordsPerBaseUnion;
        var year = request.Year;

        var heads = request.RandomFor(unit.Id, "branch-heads");
        // Each base union introduces its eligible heads at its own pace (45-95%, about 70% over the province).
        var introduceRate = 0.45 + (heads.NextDouble() * 0.5);
        var headCount = Count(heads, r * BaseShares.BranchHeads, lagChance: 0);
        for (var n = 1; n <= headCount; n++)
        {
            batch.Add<BranchHead, BranchHeadInput>(BranchHead(heads, unit, year, n, introduceRate));
        }

        // A base union that has not yet sent any opinion lags on both 2.7d and 2.8.3b.
        var opinions = request.RandomFor(unit.Id, "draft-opinions");
        var lagsOnOpinions = opinions.NextDouble() < 0.07;
        var comments = lagsOnOpinions ? 0 : Count(opinions, r * BaseShares.Comments, lagChance: 0);
        var congressComments = lagsOnOpinions ? 0 : Count(opinions, r * BaseShares.CongressDraftComments, lagChance: 0.10);
        for (var n = 0; n < comments + congressComments; n++)
        {
            batch.Add<DraftOpinion, DraftOpinionInput>(Opinion(opinions, unit, year, n >= comments ? DraftOpinionKind.CongressDraftComment : DraftOpinionKind.Comment));
        }

        var supervisions = request.RandomFor(unit.Id, "supervisions");
        foreach (var _ in Times(Count(supervisions, r * BaseShares.Supervisions, lagChance: 0.08)))
        {
            batch.Add<Supervision, SupervisionInput>(Supervision(supervisions, unit, year));
        }

        var proposals = request.RandomFor(unit.Id, "programme-proposals");
        foreach (var _ in Times(Count(proposals, r * BaseShares.Proposals, lagChance: 0.12)))
        {
            batch.Add<ProgrammeProposal, ProgrammeProposalInput>(Proposal(proposals, unit, year));
        }
    }

    /// <summary>
    /// A province's or district's own records. A few districts lag on each kind, or send a single criticism where
    /// 2.7b asks for two; the province always does its part.
    /// </summary>
    private static void AddLevelRecords(RecordBatch<PartyBuildingDbContext> batch, DemoDataRequest request, UnitRef unit)
    {
        var province = unit.LevelKey == "province";
        var year = request.Year;

        var supervisions = request.RandomFor(unit.Id, "supervisions");
        foreach (var _ in Times(province ? supervisions.Next(3, 6) : Count(supervisions, 2, lagChance: 0.10)))
        {
            batch.Add<Supervision, SupervisionInput>(Supervision(supervisions, unit, year));
        }

        var criticisms = request.RandomFor(unit.Id, "criticisms");
        foreach (var _ in Times(province ? criticisms.Next(3, 7) : criticisms.Pick(DistrictCriticisms)))
        {
            batch.Add<DraftOpinion, DraftOpinionInput>(Opinion(criticisms, unit, year, DraftOpinionKind.Criticism));
        }

        var dialogues = request.RandomFor(unit.Id, "dialogues");
        foreach (var _ in Times(province ? dialogues.Next(1, 3) : Count(dialogues, 1.5, lagChance: 0.15)))
        {
            batch.Add<Dialogue, DialogueInput>(Dialogue(dialogues, unit, year));
        }

        var activities = request.RandomFor(unit.Id, "women-cadre-activities");
        foreach (var _ in Times(province ? activities.Next(2, 5) : Count(activities, 2, lagChance: 0.10)))
        {
            batch.Add<WomenCadreActivity, WomenCadreActivityInput>(Activity(activities, unit, year));
        }

        var contents = request.RandomFor(unit.Id, "congress-women-contents");
        foreach (var _ in Times(province ? contents.Next(1, 3) : Count(contents, 1.5, lagChance: 0.10)))
        {
            batch.Add<CongressWomenContent, CongressWomenContentInput>(CongressContent(contents, unit, year));
        }
    }

    private static BranchHeadInput BranchHead(Random random, UnitRef unit, int year, int number, double introduceRate)
    {
        // The list of heads who are not Party members is drawn up early in the year; the eligible are trained, then introduced.
        var listedOn = Day(random, year, 1, 4);
        var eligible = random.NextDouble() < 0.45;
        var introduced = eligible && random.NextDouble() < introduceRate;
        DateOnly? trainedOn = introduced || random.NextDouble() < 0.3 ? Later(random, listedOn, 14, 150) : null;
        DateOnly? introducedOn = introduced ? Later(random, trainedOn!.Value, 7, 120) : null;
        return new BranchHeadInput(unit.Code, listedOn, random.PersonName(), $"Chi hội {Neighbourhood(unit.Name, number)}", eligible, trainedOn, introducedOn);
    }

    private static DraftOpinionInput Opinion(Random random, UnitRef unit, int year, DraftOpinionKind kind)
    {
        var committee = $"{PartyCommittee(unit.LevelKey, unit.Name)} {InSentence(unit.Name)}";
        var (draft, issuedBy, sentOn) = kind switch
        {
            // Party congresses of the 2025-2030 term: communes and districts in the middle of the year, the province and the nation later.
            DraftOpinionKind.CongressDraftComment => (string.Format(random.Pick(CongressDrafts), InSentence(unit.Name)), committee, Day(random, year, 4, 10)),
            DraftOpinionKind.Criticism => (random.Pick(Criticisms), random.NextDouble() < 0.5 ? $"UBND {InSentence(unit.Name)}" : $"HĐND {InSentence(unit.Name)}", Day(random, year, 1, 12)),
            _ => (string.Format(random.Pick(LocalDrafts), year + 1), random.NextDouble() < 0.3 ? committee : $"UBND {InSentence(unit.Name)}", Day(random, year, 1, 12)),
        };
        bool? takenUp = random.NextDouble() switch { < 0.6 => true, < 0.7 => false, _ => null };
        return new DraftOpinionInput(unit.Code, kind, sentOn, draft, issuedBy, random.Pick(OpinionContents), takenUp);
    }

    private static SupervisionInput Supervision(Random random, UnitRef unit, int year)
    {
        var heldOn = Day(random, year, 3, 11);
        // A supervision looks back at the previous year, or at this year up to the month before it.
        var (from, to) = random.NextDouble() < 0.5
            ? (new DateOnly(year - 1, 1, 1), new DateOnly(year - 1, 12, 31))
            : (new DateOnly(year, 1, 1), new DateOnly(year, heldOn.Month, 1).AddDays(-1));
        var followUp = heldOn.Month <= 8 ? "Các kiến nghị đã được tiếp thu, giải quyết." : null;
        return new SupervisionInput(unit.Code, heldOn, random.Pick(Policies), from, to, random.Pick(Findings), random.Pick(Recommendations), followUp);
    }

    private static ProgrammeProposalInput Proposal(Random random, UnitRef unit, int year)
    {
        var kind = random.NextDouble() < 0.6 ? ProgrammeKind.NationalTargetProgramme : ProgrammeKind.LocalProject;
        var programme = random.Pick(kind == ProgrammeKind.NationalTargetProgramme ? NationalProgrammes : LocalProjects);
        bool? accepted = random.NextDouble() switch { < 0.6 => true, < 0.7 => false, _ => null };
        return new ProgrammeProposalInput(unit.Code, Day(random, year, 1, 12), kind, programme, random.Pick(ProposalContents), accepted);
    }

    private static DialogueInput Dialogue(Random random, UnitRef unit, int year)
    {
        var counterpart = random.NextDouble() < 0.5 ? DialogueCounterpart.PartyCommitteeHead : DialogueCounterpart.PeoplesCommitteeChairman;
        var title = counterpart == DialogueCounterpart.PartyCommitteeHead
            ? $"Bí thư {PartyCommittee(unit.LevelKey, unit.Name)}"
            : $"Chủ tịch UBND {InSentence(unit.Name)}";
        var heldOn = Day(random, year, 3, 12);
        var followUp = heldOn.Month <= 9 ? "Đã triển khai; Hội tiếp tục theo dõi." : null;
        return new DialogueInput(unit.Code, heldOn, counterpart, $"Đồng chí {random.PersonName()}, {title}", random.Pick(DialogueIssues), random.Pick(DialogueCommitments), followUp);
    }

    private static WomenCadreActivityInput Activity(Random random, UnitRef unit, int year)
    {
        var kind = random.NextDouble() switch
        {
            < 0.5 => WomenCadreActivityKind.Training,
            < 0.75 => WomenCadreActivityKind.Seminar,
            _ => WomenCadreActivityKind.Network,
        };
        var title = random.Pick(kind switch
        {
            WomenCadreActivityKind.Training => TrainingTitles,
            WomenCadreActivityKind.Seminar => SeminarTitles,
            _ => NetworkTitles,
        });
        var participants = unit.LevelKey == "province" ? random.Next(60, 151) : random.Next(25, 81);
        return new WomenCadreActivityInput(unit.Code, Day(random, year, 2, 12), kind, title, participants, null);
    }

    private static CongressWomenContentInput CongressContent(Random random, UnitRef unit, int year)
    {
        var document = $"Báo cáo chính trị Đại hội Đảng bộ {InSentence(unit.Name)} nhiệm kỳ 2025-2030";
        return new CongressWomenContentInput(unit.Code, Day(random, year, 5, 10), document, random.Pick(CongressWomenContents));
    }

    /// <summary>
    /// How many records of a kind a unit has: none with <paramref name="lagChance"/> (the unit has not done or
    /// recorded it yet), otherwise 60-140% of <paramref name="mean"/> and at least one.
    /// </summary>
    private static int Count(Random random, double mean, double lagChance)
    {
        var lags = random.NextDouble() < lagChance;
        var count = Math.Max(1, (int)Math.Round(mean * (0.6 + (random.NextDouble() * 0.8))));
        return lags ? 0 : count;
    }

    private static IEnumerable<int> Times(int count) => Enumerable.Range(0, count);

    /// <summary>A day in the months given (inclusive) of the year.</summary>
    private static DateOnly Day(Random random, int year, int fromMonth, int toMonth)
    {
        var first = new DateOnly(year, fromMonth, 1);
        var last = new DateOnly(year, toMonth, DateTime.DaysInMonth(year, toMonth));
        return first.AddDays(random.Next(last.DayNumber - first.DayNumber + 1));
    }

    /// <summary>A day some days after another, within the same year.</summary>
    private static DateOnly Later(Random random, DateOnly day, int minDays, int maxDays)
    {
        var later = day.AddDays(random.Next(minDays, maxDays + 1));
        var endOfYear = new DateOnly(day.Year, 12, 31);
        return later > endOfYear ? endOfYear : later;
    }
}
