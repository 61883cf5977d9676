<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>Passerelle</name>
    <message>
      <source>Check project layers</source>
      <translation>Vérifier les couches du projet</translation>
    </message>
    <message>
      <source>&amp;Passerelle</source>
      <translation>&amp;Passerelle</translation>
    </message>
    <message>
      <source>Passerelle: check project layers</source>
      <translation>Passerelle : vérification des couches du projet</translation>
    </message>
    <message>
      <source>Checking…</source>
      <translation>Vérification en cours…</translation>
    </message>
    <message>
      <source>Passerelle: checking layers</source>
      <translation>Passerelle : vérification des couches</translation>
    </message>
    <message>
      <source>{} error(s), {} finding(s)</source>
      <translation>{} erreur(s), {} constat(s)</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>Catalogue</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Abstract</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <source>Access level (ouverte, partagee, fermee)</source>
      <translation>Degré d'accessibilité (ouverte, partagee, fermee)</translation>
    </message>
    <message>
      <source>Nature (personnelle, publique, interet-general, privee-interet-general)</source>
      <translation>Nature (personnelle, publique, interet-general, privee-interet-general)</translation>
    </message>
    <message>
      <source>Spatial granularity (fr:commune, fr:epci, poi...)</source>
      <translation>Granularité spatiale (fr:commune, fr:epci, poi…)</translation>
    </message>
    <message>
      <source>Update frequency (annual, monthly, annuelle...)</source>
      <translation>Fréquence de mise à jour (annual, monthly, annuelle…)</translation>
    </message>
    <message>
      <source>Licence (etalab-2.0, ODbL-1.0...)</source>
      <translation>Licence (etalab-2.0, ODbL-1.0…)</translation>
    </message>
    <message>
      <source>Themes, comma separated (INSPIRE codes or URIs: us, tn...)</source>
      <translation>Thèmes, séparés par des virgules (codes ou URI INSPIRE : us, tn…)</translation>
    </message>
    <message>
      <source>Keywords, comma separated</source>
      <translation>Mots-clés, séparés par des virgules</translation>
    </message>
    <message>
      <source>Contact organisation</source>
      <translation>Organisme du contact</translation>
    </message>
    <message>
      <source>Contact e-mail</source>
      <translation>Courriel du contact</translation>
    </message>
    <message>
      <source>Last revision date (YYYY-MM-DD)</source>
      <translation>Date de dernière mise à jour (AAAA-MM-JJ)</translation>
    </message>
    <message>
      <source>Lineage</source>
      <translation>Généalogie</translation>
    </message>
    <message>
      <source>Table Schema (URL or file)</source>
      <translation>Schéma de données Table Schema (URL ou fichier)</translation>
    </message>
    <message>
      <source>Tag layer</source>
      <translation>Décrire une couche</translation>
    </message>
    <message>
      <source>Sets the catalogue record of a layer (status, granularity, frequency, themes, licence, contact...). Values are codes, URIs or labels from the shared vocabularies; empty parameters leave the field unchanged.</source>
      <translation>Renseigne la fiche de catalogue d'une couche (statut, granularité, fréquence, thèmes, licence, contact…). Les valeurs sont des codes, des URI ou des libellés des vocabulaires partagés ; un paramètre vide laisse le champ inchangé.</translation>
    </message>
    <message>
      <source>Check layers</source>
      <translation>Vérifier des couches</translation>
    </message>
    <message>
      <source>Checks layers against the shared vocabularies, the status rules (open data, RGPD), their declared schema, geometry validity and update freshness. Writes an HTML and a CSV report.</source>
      <translation>Vérifie les couches au regard des vocabulaires partagés, des règles de statut (open data, RGPD), de leur schéma déclaré, de la validité des géométries et de la fraîcheur des mises à jour. Écrit un rapport HTML et un rapport CSV.</translation>
    </message>
    <message>
      <source>Export catalogue</source>
      <translation>Exporter le catalogue</translation>
    </message>
    <message>
      <source>Exports the records of the layers as ISO 19139 (INSPIRE) files, a DCAT-AP catalogue (Turtle and JSON-LD) and an SCDL catalogue CSV.</source>
      <translation>Exporte les fiches des couches en fichiers ISO 19139 (INSPIRE), en catalogue DCAT-AP (Turtle et JSON-LD) et en catalogue SCDL (CSV).</translation>
    </message>
    <message>
      <source>Publish layers</source>
      <translation>Publier des couches</translation>
    </message>
    <message>
      <source>Publishes layers to the targets of a portal profile (catalogue records, WMS/WFS services, local SDI). Layers with blocking check errors are refused. Re-publishing updates in place. A dry run lists the requests without sending any change.</source>
      <translation>Publie les couches vers les cibles d'un profil de portail (fiches de catalogue, services WMS/WFS, IDG locale). Les couches présentant des erreurs bloquantes sont refusées. Une nouvelle publication met à jour sans dupliquer. Un essai à blanc liste les requêtes sans rien modifier.</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <source>Layers</source>
      <translation>Couches</translation>
    </message>
    <message>
      <source>Portal profile (JSON)</source>
      <translation>Profil de portail (JSON)</translation>
    </message>
    <message>
      <source>Headed for</source>
      <translation>Destination</translation>
    </message>
    <message>
      <source>HTML report</source>
      <translation>Rapport HTML</translation>
    </message>
    <message>
      <source>HTML files (*.html)</source>
      <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
      <source>CSV report</source>
      <translation>Rapport CSV</translation>
    </message>
    <message>
      <source>CSV files (*.csv)</source>
      <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
      <source>ISO 19139 (INSPIRE)</source>
      <translation>ISO 19139 (INSPIRE)</translation>
    </message>
    <message>
      <source>DCAT-AP</source>
      <translation>DCAT-AP</translation>
    </message>
    <message>
      <source>SCDL catalogue</source>
      <translation>Catalogue SCDL</translation>
    </message>
    <message>
      <source>Output folder</source>
      <translation>Dossier de sortie</translation>
    </message>
    <message>
      <source>Portal profile (shipped name or JSON file)</source>
      <translation>Profil de portail (nom d'un profil fourni ou fichier JSON)</translation>
    </message>
    <message>
      <source>Targets (comma separated; empty: all)</source>
      <translation>Cibles (séparées par des virgules ; vide : toutes)</translation>
    </message>
    <message>
      <source>Dry run (send nothing)</source>
      <translation>Essai à blanc (rien n'est envoyé)</translation>
    </message>
    <message>
      <source>Publication report</source>
      <translation>Rapport de publication</translation>
    </message>
    <message>
      <source>Layer tagged: {}</source>
      <translation>Couche décrite : {}</translation>
    </message>
    <message>
      <source>file(s)</source>
      <translation>fichier(s)</translation>
    </message>
    <message>
      <source>Not decided</source>
      <translation>Non décidée</translation>
    </message>
    <message>
      <source>Open target (open data, public services)</source>
      <translation>Cible ouverte (open data, services publics)</translation>
    </message>
    <message>
      <source>Restricted target (partners)</source>
      <translation>Cible restreinte (partenaires)</translation>
    </message>
    <message>
      <source>Internal only</source>
      <translation>Usage interne uniquement</translation>
    </message>
    <message>
      <source>dry run</source>
      <translation>essai à blanc</translation>
    </message>
  </context>
</TS>
