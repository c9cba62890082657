using Kierunek.Domain.Monitoring;
using Kierunek.Domain.Strategies;

namespace Kierunek.Domain.Tests.Monitoring;

/// <summary>Who is proposed to report on an item: the coordinator the document names for it or its task, a sole
/// implementer, or nobody — then the coordinator decides among the names the document gives.</summary>
public class AssignmentProposalTests
{
    private static readonly Func<string, bool> Known = key => key != "nieznana";

    private static StrategyNode Node(string[]? coordinators = null, string[]? implementers = null) => new()
    {
        Kind = NodeKind.Measure, LevelName = "Działanie", CoordinatorKeys = [.. coordinators ?? []], ImplementerKeys = [.. implementers ?? []],
    };

    [Fact]
    public void An_action_inherits_its_tasks_coordinator()
    {
        var task = Node(["wydzial-inicjatyw"], ["mopr", "organizacje-pozarzadowe"]);
        var proposal = AssignmentProposal.FromDocument(Node(), [Node(), task], Known);
        Assert.Equal(("wydzial-inicjatyw", ProposalBasis.Coordinator), (proposal.InstitutionKey, proposal.Basis));
        Assert.Equal(["wydzial-inicjatyw", "mopr", "organizacje-pozarzadowe"], proposal.Candidates);
    }

    [Fact]
    public void The_nearest_naming_node_wins_and_a_sole_implementer_is_proposed()
    {
        var proposal = AssignmentProposal.FromDocument(Node(implementers: ["mup"]), [Node(["wydzial-inicjatyw"])], Known);
        Assert.Equal(("mup", ProposalBasis.SoleImplementer), (proposal.InstitutionKey, proposal.Basis));
    }

    [Fact]
    public void Several_names_or_none_leave_the_decision_to_the_coordinator()
    {
        var several = AssignmentProposal.FromDocument(Node(implementers: ["mopr", "mup"]), [], Known);
        Assert.Equal((null, ProposalBasis.SeveralNamed), (several.InstitutionKey, several.Basis));
        Assert.Equal(["mopr", "mup"], several.Candidates);
        Assert.False(several.Decided);

        var nobody = AssignmentProposal.FromDocument(Node(), [Node()], Known);
        Assert.Equal((null, ProposalBasis.NobodyNamed, 0), (nobody.InstitutionKey, nobody.Basis, nobody.Candidates.Count));
        // A name the register does not hold counts as no name.
        Assert.Equal(ProposalBasis.NobodyNamed, AssignmentProposal.FromDocument(Node(["nieznana"]), [], Known).Basis);
    }
}
