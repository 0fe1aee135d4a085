namespace Ngp.Participation.Parts;

public sealed record Consultation(
    string ContentItemId, string Kind, DateTimeOffset? OpensUtc, DateTimeOffset? ClosesUtc, bool LiveResults,
    bool OnlyBuildings, IReadOnlyList<string> Buildings, IReadOnlyList<Question> Questions)
{
    /// <summary>A dwelling choice is voted per lease: the household decides, not each of its accounts.</summary>
    public bool PerLease => Kind == ConsultationKinds.Dwelling;

    public bool IsOpenAt(DateTimeOffset now) => (OpensUtc is null || OpensUtc <= now) && (ClosesUtc is null || now < ClosesUtc);

    public bool IsClosedAt(DateTimeOffset now) => ClosesUtc is not null && ClosesUtc <= now;

    public bool ResultsVisibleAt(DateTimeOffset now) => LiveResults || IsClosedAt(now);

    public Question? Find(string? questionId) => Questions.FirstOrDefault(q => q.Id == questionId);
}
