using Microsoft.Extensions.DependencyInjection;
using Ngp.Core.Notifications;

namespace Ngp.Participation;

/// <summary>The notifications module's notifier when it is installed; participation works without it.</summary>
public sealed class OptionalNotifier(IServiceProvider services)
{
    public INotifier? Notifier => services.GetService<INotifier>();
}
