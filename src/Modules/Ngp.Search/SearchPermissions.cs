using Ngp.Core.Modules;

namespace Ngp.Search;

public static class SearchPermissions
{
    public static readonly Permission ManageSearch = new("ManageSearch", "Voir l'état des index de recherche et les reconstruire", "Recherche");
}
