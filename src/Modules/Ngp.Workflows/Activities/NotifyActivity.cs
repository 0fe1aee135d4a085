using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Notifications;
using Ngp.Workflows.Model;

namespace Ngp.Workflows.Activities;

/// <summary>An in-app notification and an e-mail, as each recipient chose.</summary>
public sealed class NotifyActivity(AudienceCatalog audiences) : MessageActivity("Notify", "Notifier", audiences);
