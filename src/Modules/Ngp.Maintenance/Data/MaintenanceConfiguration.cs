using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ngp.Maintenance.Data;

public sealed class MaintenanceConfiguration :
    IEntityTypeConfiguration<MaintenanceRequest>, IEntityTypeConfiguration<RequestEvent>, IEntityTypeConfiguration<RequestMessage>,
    IEntityTypeConfiguration<RequestMeToo>, IEntityTypeConfiguration<RequestCounter>
{
    public const int DescriptionMaxLength = 4000;
    public const int MessageMaxLength = 4000;
    public const int NoteMaxLength = 1000;

    public void Configure(EntityTypeBuilder<MaintenanceRequest> e)
    {
        e.ToTable("MaintenanceRequests");
        e.Property(r => r.Reference).HasMaxLength(32);
        e.Property(r => r.ResidentId).HasMaxLength(450);
        e.Property(r => r.LeaseReference).HasMaxLength(64);
        e.Property(r => r.Building).HasMaxLength(200);
        e.Property(r => r.Location).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Area).HasMaxLength(60);
        e.Property(r => r.Category).HasMaxLength(60);
        e.Property(r => r.Description).HasMaxLength(DescriptionMaxLength);
        e.Property(r => r.Urgency).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        // The database says no to a second request with the same number, whatever the code does.
        e.HasIndex(r => r.Reference).IsUnique();
        e.HasIndex(r => new { r.Year, r.Number }).IsUnique();
        e.HasIndex(r => new { r.ResidentId, r.Id });
        e.HasIndex(r => new { r.Building, r.Location, r.Status });
        e.HasIndex(r => new { r.Status, r.DueUtc });
    }

    public void Configure(EntityTypeBuilder<RequestEvent> e)
    {
        e.ToTable("MaintenanceRequestEvents");
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.ActorId).HasMaxLength(450);
        e.Property(x => x.Note).HasMaxLength(NoteMaxLength);
        e.HasIndex(x => new { x.RequestId, x.Id });
        e.HasIndex(x => x.ActorId);
    }

    public void Configure(EntityTypeBuilder<RequestMessage> e)
    {
        e.ToTable("MaintenanceRequestMessages");
        e.Property(x => x.AuthorId).HasMaxLength(450);
        e.Property(x => x.Body).HasMaxLength(MessageMaxLength);
        e.HasIndex(x => new { x.RequestId, x.Id });
        e.HasIndex(x => x.AuthorId);
    }

    public void Configure(EntityTypeBuilder<RequestMeToo> e)
    {
        e.ToTable("MaintenanceRequestMeToos");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Comment).HasMaxLength(NoteMaxLength);
        // Once per person: a second click, or two at once, cannot count twice.
        e.HasIndex(x => new { x.RequestId, x.UserId }).IsUnique();
        e.HasIndex(x => x.UserId);
    }

    public void Configure(EntityTypeBuilder<RequestCounter> e)
    {
        e.ToTable("MaintenanceCounters");
        e.HasKey(x => x.Year);
        e.Property(x => x.Year).ValueGeneratedNever();
    }
}
