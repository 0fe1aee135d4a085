using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Ngp.Core.Data;
using Ngp.Core.Outbox;
using Ngp.Core.Tenancy;
using Ngp.Core.Web;
using Ngp.Participation.Data;
using Ngp.Follows;

namespace Ngp.Participation.Voting;

/// <summary>
/// Writes an agency's votes together (group commit): the votes submitted while a write is under way are committed by
/// the next one, in one transaction, with their VoteCast events and automatic follows. One save per vote held
/// SQLite's single write lock for every vote; with a thousand residents voting at once on two cores, each holder
/// was preempted by the requests queued behind it and the votes went through at a quarter of what one bare upsert
/// per vote reaches. A caller waits until its own vote is committed: nothing is acknowledged before it is written.
/// </summary>
public sealed class VoteWriter(ITenantScopeFactory scopes, ResultsCache results, Ngp.Core.Telemetry.NgpMetrics metrics, ILogger<VoteWriter> logger)
{
    /// <summary>Most votes in one transaction; a bigger queue is written by the following ones.</summary>
    public const int MaxBatch = 256;

    /// <summary>One queue per agency; an agency removed and created again under the same name gets a new one.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Name, DateTimeOffset Created), Queue> _queues = new();

    public Task<WrittenVote> WriteAsync(TenantDescriptor tenant, CheckedVote vote)
    {
        var queue = _queues.GetOrAdd((tenant.Name, tenant.CreatedUtc), _ => new Queue());
        var submission = new Submission(vote);
        lock (queue)
        {
            queue.Waiting.Add(submission);
            if (queue.Writing)
                return submission.Written.Task;
            queue.Writing = true;
        }
        // The first vote of an idle agency starts the writer; it stops once no vote is waiting.
        _ = Task.Run(() => DrainAsync(tenant, queue));
        return submission.Written.Task;
    }

    private async Task DrainAsync(TenantDescriptor tenant, Queue queue)
    {
        while (true)
        {
            List<Submission> batch;
            lock (queue)
            {
                if (queue.Waiting.Count == 0)
                {
                    queue.Writing = false;
                    return;
                }
                var count = Math.Min(queue.Waiting.Count, MaxBatch);
                batch = queue.Waiting.GetRange(0, count);
                queue.Waiting.RemoveRange(0, count);
            }
            await WriteBatchAsync(tenant, batch);
        }
    }

    private async Task WriteBatchAsync(TenantDescriptor tenant, List<Submission> batch)
    {
        try
        {
            var written = await SaveAsync(tenant, batch);
            for (var i = 0; i < batch.Count; i++)
                batch[i].Written.TrySetResult(written[i]);
        }
        catch (Exception e) when (batch.Count > 1)
        {
            // One vote must not cost the others theirs: each is written again on its own.
            logger.LogWarning(e, "A batch of {Count} votes failed in tenant {Tenant}; writing them one by one", batch.Count, tenant.Name);
            foreach (var submission in batch)
                await WriteBatchAsync(tenant, [submission]);
        }
        catch (Exception e)
        {
            batch[0].Written.TrySetException(e);
        }
    }

    private async Task<WrittenVote[]> SaveAsync(TenantDescriptor tenant, List<Submission> batch)
    {
        await using var scope = scopes.CreateScope(tenant);
        var db = scope.ServiceProvider.GetRequiredService<NgpDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
        var follows = scope.ServiceProvider.GetRequiredService<FollowService>();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // The votes, their events and the voters' automatic follows in one transaction, each kind of row by one
                // statement prepared once: EF's change tracking and a fresh statement per row were most of a vote's cost.
                await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
                var written = await WriteVotesAsync(db, batch);
                await outbox.WriteAsync(batch.Select((s, i) => new VoteCast(s.Vote.ContentItemId, s.Vote.QuestionId, s.Vote.UserId, written[i].Changed)).ToList(),
                    CancellationToken.None);
                foreach (var item in batch.GroupBy(s => s.Vote.ContentItemId))
                    await follows.WriteAutomaticFollowsAsync(item.Key, item.Select(s => s.Vote.UserId).ToList(), CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
                metrics.VotesWritten(tenant.Name, batch.Count);
                var pages = scope.ServiceProvider.GetRequiredService<IPublicPageCache>();
                foreach (var item in batch.Select(s => s.Vote.ContentItemId).Distinct(StringComparer.Ordinal))
                {
                    results.Changed(tenant.Name, item);
                    await pages.InvalidateItemAsync(item, CancellationToken.None);
                }
                return written;
            }
            catch (Exception e) when (attempt < 2 && e is DbException or DbUpdateException)
            {
                // Another web node wrote a vote of this batch first (unique index), or erased a vote this batch changes:
                // the transaction rolled back; written again, those votes become changes or new votes. A vote that cannot
                // be stored fails every attempt, and the batch is then written vote by vote.
            }
        }
    }

    /// <summary>
    /// Each vote is a change of the voter's earlier answer to that question if there is one (looked up by the unique
    /// index, in the transaction), else a new answer. In submission order: the same voter twice in one batch is a
    /// vote, then its change.
    /// </summary>
    private static async Task<WrittenVote[]> WriteVotesAsync(NgpDbContext db, List<Submission> batch)
    {
        await using var find = RowStatement<Vote>.FindKey(db, nameof(Vote.ContentItemId), nameof(Vote.QuestionId), nameof(Vote.VoterKey));
        await using var insert = RowStatement<Vote>.Insert(db);
        await using var update = RowStatement<Vote>.Update(db, nameof(Vote.OptionIds), nameof(Vote.UserId), nameof(Vote.UpdatedUtc));
        var inBatch = new Dictionary<(string Item, string Question, string Voter), long>();
        var written = new WrittenVote[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var cast = batch[i].Vote;
            var vote = new Vote
            {
                ContentItemId = cast.ContentItemId, QuestionId = cast.QuestionId, VoterKey = cast.VoterKey, UserId = cast.UserId, OptionIds = cast.OptionIds,
                LeaseReference = cast.LeaseReference, Building = cast.Building, CreatedUtc = cast.CastUtc, UpdatedUtc = cast.CastUtc,
            };
            var key = (cast.ContentItemId, cast.QuestionId, cast.VoterKey);
            bool changed;
            if (inBatch.TryGetValue(key, out var id))
            {
                vote.Id = id;
                changed = true;
            }
            else
            {
                changed = await find.RunAsync(vote, CancellationToken.None) == 1;
            }
            if (!changed)
                await insert.RunAsync(vote, CancellationToken.None);
            else if (await update.RunAsync(vote, CancellationToken.None) != 1)
                throw new DbUpdateConcurrencyException($"Vote {vote.Id} was removed while it was being changed.");
            inBatch[key] = vote.Id;
            written[i] = new WrittenVote(vote.Id, changed);
        }
        return written;
    }

    private sealed class Queue
    {
        public List<Submission> Waiting { get; } = [];

        public bool Writing { get; set; }
    }

    private sealed class Submission(CheckedVote vote)
    {
        public CheckedVote Vote { get; } = vote;

        public TaskCompletionSource<WrittenVote> Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
