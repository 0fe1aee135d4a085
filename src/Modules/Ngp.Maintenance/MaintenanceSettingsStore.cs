using Ngp.Core.Data;
using Ngp.Core.Settings;

namespace Ngp.Maintenance;

public sealed class MaintenanceSettingsStore(NgpDbContext db) : ModuleSettingsStore<MaintenanceSettings>(db, MaintenanceSettings.Key);
