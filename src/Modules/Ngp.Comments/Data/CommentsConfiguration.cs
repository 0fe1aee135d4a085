using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Comments.Data;

public sealed class CommentsConfiguration :
    IEntityTypeConfiguration<Comment>, IEntityTypeConfiguration<ProposalSupport>, IEntityTypeConfiguration<CommentReport>, IEntityTypeConfiguration<CommentBlock>
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

    public void Configure(EntityTypeBuilder<CommentBlock> e)
    {
        e.ToTable("CommentBlocks");
        e.Property(b => b.UserId).HasMaxLength(450);
        e.Property(b => b.ModeratorId).HasMaxLength(450);
        e.HasIndex(b => new { b.UserId, b.UntilUtc });
    }
}
