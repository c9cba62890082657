namespace Kierunek.Domain.Monitoring;

/// <summary>A reporting period: open while institutions enter values and reviewers check them; locked once every
/// value is approved. A locked period can be reopened, with a reason.</summary>
public enum PeriodState { Open, Locked }

/// <summary>One value in the review: missing (assigned, nothing saved), a draft, submitted for review, returned to
/// the institution with what to fix, or approved.</summary>
public enum EntryState { Missing, Draft, Submitted, Returned, Approved }
