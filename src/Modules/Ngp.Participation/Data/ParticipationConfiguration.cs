using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Participation.Data;

public sealed class ParticipationConfiguration :
    IEntityTypeConfiguration<Vote>, IEntityTypeConfiguration<ParticipationState>, IEntityTypeConfiguration<LetterCode>
{
    public void Configure(EntityTypeBuilder<Vote> e)
    {
        e.ToTable("Votes");
        e.Property(v => v.ContentItemId).HasMaxLength(32);
        e.Property(v => v.QuestionId).HasMaxLength(40);
        e.Property(v => v.VoterKey).HasMaxLength(460);
        e.Property(v => v.UserId).HasMaxLength(450);
        e.Property(v => v.OptionIds).HasMaxLength(1300);
        e.Property(v => v.LeaseReference).HasMaxLength(40);
        e.Property(v => v.Building).HasMaxLength(200);
        e.HasIndex(v => new { v.ContentItemId, v.QuestionId, v.VoterKey }).IsUnique();
        e.HasIndex(v => v.UserId);
        e.Property(v => v.Channel).HasMaxLength(10);
        // « Has this household answered? », asked before every answer by letter or at the desk, and before an online vote.
        e.HasIndex(v => new { v.ContentItemId, v.LeaseReference });
    }

    public void Configure(EntityTypeBuilder<LetterCode> e)
    {
        e.ToTable("LetterCodes");
        e.Property(c => c.CodeHash).HasMaxLength(64);
        e.Property(c => c.ContentItemId).HasMaxLength(32);
        e.Property(c => c.LeaseReference).HasMaxLength(40);
        e.Property(c => c.Building).HasMaxLength(200);
        e.HasIndex(c => c.CodeHash).IsUnique();
        e.HasIndex(c => new { c.ContentItemId, c.LeaseReference });
    }

    public void Configure(EntityTypeBuilder<ParticipationState> e)
    {
        e.ToTable("ParticipationStates");
        e.HasKey(s => s.ContentItemId);
        e.Property(s => s.ContentItemId).HasMaxLength(32);
        e.Property(s => s.Phase).HasMaxLength(10);
        e.Property(s => s.IndicatorsSignature).HasMaxLength(64);
    }
}
