using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Participation.Data;

public sealed class ParticipationConfiguration :
    IEntityTypeConfiguration<Comment>, IEntityTypeConfiguration<ProposalSupport>, IEntityTypeConfiguration<CommentReport>,
    IEntityTypeConfiguration<Vote>, IEntityTypeConfiguration<Follow>, IEntityTypeConfiguration<CommentBlock>, IEntityTypeConfiguration<ParticipationState>,
    IEntityTypeConfiguration<LetterCode>
{
    public void Configure(EntityTypeBuilder<Comment> e)
    {
        e.ToTable("Comments");
        e.Property(c => c.ContentItemId).HasMaxLength(32);
        e.Property(c => c.AuthorId).HasMaxLength(450);
        e.Property(c => c.Stance).HasMaxLength(10);
        e.Property(c => c.Body).HasMaxLength(CommentRules.MaxBody);
        e.Property(c => c.Proposal).HasMaxLength(CommentRules.MaxProposal);
        e.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        e.HasIndex(c => new { c.ContentItemId, c.CreatedUtc });
        e.HasIndex(c => new { c.Status, c.ReportCount });
        e.HasIndex(c => c.AuthorId);
        e.HasOne<Comment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ProposalSupport> e)
    {
        e.ToTable("ProposalSupports");
        e.Property(s => s.UserId).HasMaxLength(450);
        e.HasIndex(s => new { s.CommentId, s.UserId }).IsUnique();
        e.HasOne<Comment>().WithMany().HasForeignKey(s => s.CommentId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CommentReport> e)
    {
        e.ToTable("CommentReports");
        e.Property(r => r.UserId).HasMaxLength(450);
        e.Property(r => r.Reason).HasMaxLength(20);
        e.HasIndex(r => new { r.CommentId, r.UserId }).IsUnique();
        e.HasOne<Comment>().WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
    }

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

    public void Configure(EntityTypeBuilder<Follow> e)
    {
        e.ToTable("Follows");
        e.Property(f => f.ContentItemId).HasMaxLength(32);
        e.Property(f => f.UserId).HasMaxLength(450);
        e.HasIndex(f => new { f.ContentItemId, f.UserId }).IsUnique();
        e.HasIndex(f => f.UserId);
    }

    public void Configure(EntityTypeBuilder<CommentBlock> e)
    {
        e.ToTable("CommentBlocks");
        e.Property(b => b.UserId).HasMaxLength(450);
        e.Property(b => b.ModeratorId).HasMaxLength(450);
        e.HasIndex(b => new { b.UserId, b.UntilUtc });
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
