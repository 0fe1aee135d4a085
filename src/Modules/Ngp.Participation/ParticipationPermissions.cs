using Ngp.Core.Modules;

namespace Ngp.Participation;

public static class ParticipationPermissions
{
    private const string Category = "Participation";

    public static readonly Permission ExportResults = new("ExportResults", "Exporter les résultats des concertations et les choix de logement (CSV)", Category);

    public static readonly Permission RecordAnswers = new("RecordAnswers",
        "Imprimer les courriers des concertations et enregistrer les réponses reçues par courrier, à l'accueil ou par téléphone", Category);
}
