using Ngp.Core.Modules;

namespace Ngp.Media;

public static class MediaPermissions
{
    public static readonly Permission UploadMedia = new("UploadMedia", "Téléverser des images", "Contenus");
}
