using Ngp.Core.Data;
using Ngp.Core.Settings;

namespace Ngp.Comments;

public sealed class CommentsSettingsStore(NgpDbContext db) : ModuleSettingsStore<CommentsSettings>(db, CommentsSettings.Key);
