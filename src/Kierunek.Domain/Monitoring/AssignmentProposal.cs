using Kierunek.Domain.Strategies;

namespace Kierunek.Domain.Monitoring;

/// <summary>Why an item is proposed for an institution — or why it needs the coordinator's decision.</summary>
public enum ProposalBasis
{
    /// <summary>The document names one coordinator (koordynator) for the item or its task.</summary>
    Coordinator,
    /// <summary>No coordinator, one implementer (realizator).</summary>
    SoleImplementer,
    /// <summary>The same item had this institution in last year's period.</summary>
    LastYear,
    /// <summary>Several coordinators or implementers: the coordinator picks one of them.</summary>
    SeveralNamed,
    /// <summary>The document names nobody for the item (or only names the register does not hold).</summary>
    NobodyNamed,
}

/// <summary>Who should report on an item: the proposed institution (null when the coordinator must decide), the
/// candidates the document names, nearest first, and why.</summary>
public sealed record AssignmentProposal(string? InstitutionKey, IReadOnlyList<string> Candidates, ProposalBasis Basis)
{
    public bool Decided => InstitutionKey is not null;

    /// <summary>The proposal from the document: the item's own coordinator or sole implementer, else its nearest
    /// ancestor's (seed 000 names them on the task, "Zadanie 1.1.1", and the actions under it inherit them). The
    /// coordinator reports: the implementers do the work, the coordinator answers for it.</summary>
    /// <param name="ancestors">The item's ancestors, from the root down to its parent.</param>
    /// <param name="known">Whether an institution key is in the strategy's register.</param>
    public static AssignmentProposal FromDocument(StrategyNode item, IReadOnlyList<StrategyNode> ancestors, Func<string, bool> known)
    {
        foreach (var node in ancestors.Reverse().Prepend(item))
        {
            var coordinators = node.CoordinatorKeys.Where(known).Distinct().ToList();
            var implementers = node.ImplementerKeys.Where(known).Distinct().ToList();
            if (coordinators.Count == 0 && implementers.Count == 0) continue;
            var candidates = coordinators.Concat(implementers).Distinct().ToList();
            if (coordinators.Count == 1) return new(coordinators[0], candidates, ProposalBasis.Coordinator);
            if (coordinators.Count == 0 && implementers.Count == 1) return new(implementers[0], candidates, ProposalBasis.SoleImplementer);
            return new(null, candidates, ProposalBasis.SeveralNamed);
        }
        return new(null, [], ProposalBasis.NobodyNamed);
    }

    /// <summary>Last year's institution for the item, when it had one that is still in the register.</summary>
    public static AssignmentProposal FromLastYear(string institutionKey) => new(institutionKey, [institutionKey], ProposalBasis.LastYear);
}
