using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Ngp.Contents.Parts;
using Ngp.Core.Modules;
using Ngp.Core.Outbox;
using Ngp.Search.Api;
using Ngp.Search.Indexing;

namespace Ngp.Search;

public static class SearchPermissions
{
    public static readonly Permission ManageSearch = new("ManageSearch", "Voir l'état des index de recherche et les reconstruire", "Recherche");
}
