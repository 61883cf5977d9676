<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
  <context>
    <name>Passerelle</name>
    <message>
      <source>Passerelle panel</source>
      <translation>Panneau Passerelle</translation>
    </message>
    <message>
      <source>Show the Passerelle panel: layer statuses, tags, checks and publication</source>
      <translation>Afficher le panneau Passerelle : statut des couches, description, vérifications et publication</translation>
    </message>
    <message>
      <source>&amp;Passerelle</source>
      <translation>&amp;Passerelle</translation>
    </message>
    <message>
      <source>Settings…</source>
      <translation>Paramètres…</translation>
    </message>
    <message>
      <source>Administration…</source>
      <translation>Administration…</translation>
    </message>
    <message>
      <source>Portal administrators: review what agents submitted</source>
      <translation>Administrateurs de portail : examiner ce que les agents ont soumis</translation>
    </message>
    <message>
      <source>Audit a catalogue…</source>
      <translation>Auditer un catalogue…</translation>
    </message>
    <message>
      <source>Portal administrators: audit a whole catalogue, with a dashboard</source>
      <translation>Administrateurs de portail : auditer tout un catalogue, avec un tableau de bord</translation>
    </message>
    <message>
      <source>Describe in Passerelle…</source>
      <translation>Décrire dans Passerelle…</translation>
    </message>
    <message>
      <source>Check in Passerelle</source>
      <translation>Vérifier dans Passerelle</translation>
    </message>
    <message>
      <source>Passerelle: administration</source>
      <translation>Passerelle : administration</translation>
    </message>
    <message>
      <source>Pro&amp;file:</source>
      <translation>Pr&amp;ofil :</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <source>Comment for the author (required to reject): what to correct, and why</source>
      <translation>Commentaire pour l'auteur (obligatoire pour refuser) : quoi corriger, et pourquoi</translation>
    </message>
    <message>
      <source>&amp;Open on the portal</source>
      <translation>&amp;Ouvrir sur le portail</translation>
    </message>
    <message>
      <source>&amp;Approve</source>
      <translation>A&amp;pprouver</translation>
    </message>
    <message>
      <source>Re&amp;ject</source>
      <translation>Re&amp;fuser</translation>
    </message>
    <message>
      <source>Check report of the record as received:</source>
      <translation>Rapport de vérification de la fiche telle que reçue :</translation>
    </message>
    <message>
      <source>&amp;Comment:</source>
      <translation>&amp;Commentaire :</translation>
    </message>
    <message>
      <source>Clos&amp;e</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <source>Passerelle: reading the review queue</source>
      <translation>Passerelle : lecture des soumissions à examiner</translation>
    </message>
    <message>
      <source>Reading the submissions awaiting review…</source>
      <translation>Lecture des soumissions en attente d'examen…</translation>
    </message>
    <message>
      <source>Passerelle: review decision</source>
      <translation>Passerelle : décision d'examen</translation>
    </message>
    <message>
      <source>Read the submissions awaiting review again</source>
      <translation>Relire les soumissions en attente d'examen</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Fiche</translation>
    </message>
    <message>
      <source>Organisation</source>
      <translation>Organisme</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>Submitted</source>
      <translation>Soumise le</translation>
    </message>
    <message>
      <source>Errors</source>
      <translation>Erreurs</translation>
    </message>
    <message>
      <source>Warnings</source>
      <translation>Avertissements</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>Gravité</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>Code</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Make the record public on the portal</source>
      <translation>Rendre la fiche publique sur le portail</translation>
    </message>
    <message>
      <source>Send the record back to its author with the comment</source>
      <translation>Renvoyer la fiche à son auteur avec le commentaire</translation>
    </message>
    <message>
      <source>Choose the profile of the portals you review.</source>
      <translation>Choisissez le profil des portails que vous examinez.</translation>
    </message>
    <message>
      <source>Select a submission to read its check report.</source>
      <translation>Sélectionnez une soumission pour lire son rapport de vérification.</translation>
    </message>
    <message>
      <source>Write in the comment what the author must correct: it is what they will read.</source>
      <translation>Écrivez dans le commentaire ce que l'auteur doit corriger : c'est ce qu'il lira.</translation>
    </message>
    <message>
      <source>error</source>
      <translation>erreur</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>avertissement</translation>
    </message>
    <message>
      <source>information</source>
      <translation>information</translation>
    </message>
    <message>
      <source>{count} submission(s) awaiting review.</source>
      <translation>{count} soumission(s) en attente d'examen.</translation>
    </message>
    <message>
      <source>{title} — submitted by {author} ({organisation}) on {date} to « {target} »; record {identifier}.</source>
      <translation>{title} — soumise par {author} ({organisation}) le {date} sur « {target} » ; fiche {identifier}.</translation>
    </message>
    <message>
      <source>No problem found in the record as received.</source>
      <translation>Aucun problème trouvé dans la fiche telle que reçue.</translation>
    </message>
    <message>
      <source>Decision on « {title} » not recorded: {reason}</source>
      <translation>Décision sur « {title} » non enregistrée : {reason}</translation>
    </message>
    <message>
      <source>« {title} » approved: it is public on « {target} ».</source>
      <translation>« {title} » approuvée : elle est publique sur « {target} ».</translation>
    </message>
    <message>
      <source>« {title} » rejected: its author will read your comment.</source>
      <translation>« {title} » refusée : son auteur lira votre commentaire.</translation>
    </message>
    <message>
      <source>an unknown account</source>
      <translation>un compte inconnu</translation>
    </message>
    <message>
      <source>Approving « {} »…</source>
      <translation>Approbation de « {} »…</translation>
    </message>
    <message>
      <source>Rejecting « {} »…</source>
      <translation>Refus de « {} »…</translation>
    </message>
    <message>
      <source>Passerelle — audit a catalogue</source>
      <translation>Passerelle — auditer un catalogue</translation>
    </message>
    <message>
      <source>The profile whose rules (required fields, vocabularies, territory) the records are checked against, and whose targets may be audited</source>
      <translation>Le profil dont les règles (champs obligatoires, vocabulaires, territoire) servent à vérifier les fiches, et dont les cibles peuvent être auditées</translation>
    </message>
    <message>
      <source>&amp;Profile:</source>
      <translation>&amp;Profil :</translation>
    </message>
    <message>
      <source>Catalogue to audit</source>
      <translation>Catalogue à auditer</translation>
    </message>
    <message>
      <source>&amp;Target of the profile</source>
      <translation>C&amp;ible du profil</translation>
    </message>
    <message>
      <source>CSW &amp;address</source>
      <translation>Adresse d'un catalogue &amp;CSW</translation>
    </message>
    <message>
      <source>&amp;Folder of ISO 19139 records</source>
      <translation>&amp;Dossier de fiches ISO 19139</translation>
    </message>
    <message>
      <source>Options</source>
      <translation>Options</translation>
    </message>
    <message>
      <source>Check the &amp;links (HTTP status, WMS/WFS layers, downloads)</source>
      <translation>Vérifier les lie&amp;ns (statut HTTP, couches WMS/WFS, téléchargements)</translation>
    </message>
    <message>
      <source>all</source>
      <translation>toutes</translation>
    </message>
    <message>
      <source>Audit only the first records (0: all of them)</source>
      <translation>N'auditer que les premières fiches (0 : toutes)</translation>
    </message>
    <message>
      <source>Records a&amp;udited:</source>
      <translation>&amp;Fiches auditées :</translation>
    </message>
    <message>
      <source>&amp;Output folder:</source>
      <translation>Dossier de &amp;sortie :</translation>
    </message>
    <message>
      <source>Add the records' &amp;extents to the map</source>
      <translation>Ajouter les &amp;emprises des fiches à la carte</translation>
    </message>
    <message>
      <source>&amp;Run the audit</source>
      <translation>&amp;Lancer l'audit</translation>
    </message>
    <message>
      <source>&amp;Cancel the audit</source>
      <translation>&amp;Annuler l'audit</translation>
    </message>
    <message>
      <source>Open the &amp;dashboard</source>
      <translation>Ouvrir le &amp;tableau de bord</translation>
    </message>
    <message>
      <source>Ope&amp;n the output folder</source>
      <translation>&amp;Ouvrir le dossier de sortie</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Fermer</translation>
    </message>
    <message>
      <source>The audit's dashboard in your web browser</source>
      <translation>Le tableau de bord de l'audit, dans votre navigateur</translation>
    </message>
    <message>
      <source>Choose the catalogue to audit.</source>
      <translation>Choisissez le catalogue à auditer.</translation>
    </message>
    <message>
      <source>Audit cancelled before it began.</source>
      <translation>Audit annulé avant d'avoir commencé.</translation>
    </message>
    <message>
      <source>{records} record(s) audited: {errors} error(s), {warnings} warning(s), {links} broken link(s), {overdue} overdue update(s).</source>
      <translation>{records} fiche(s) auditée(s) : {errors} erreur(s), {warnings} avertissement(s), {links} lien(s) cassé(s), {overdue} mise(s) à jour en retard.</translation>
    </message>
    <message>
      <source>Audit — records' extents ({})</source>
      <translation>Audit — emprises des fiches ({})</translation>
    </message>
    <message>
      <source>Passerelle: auditing {source}</source>
      <translation>Passerelle : audit de {source}</translation>
    </message>
    <message>
      <source>Auditing {source}…</source>
      <translation>Audit de {source} en cours…</translation>
    </message>
    <message>
      <source>The audit failed: {}</source>
      <translation>L'audit a échoué : {}</translation>
    </message>
    <message>
      <source>Audit cancelled: the figures cover the records read.</source>
      <translation>Audit interrompu : les chiffres portent sur les fiches lues.</translation>
    </message>
    <message>
      <source>Not tagged</source>
      <translation>Non décrite</translation>
    </message>
    <message>
      <source>No record yet: open the tag editor.</source>
      <translation>Pas encore de fiche : ouvrez l'éditeur de description.</translation>
    </message>
    <message>
      <source>Blocking errors: see the check results below.</source>
      <translation>Erreurs bloquantes : voir les résultats des vérifications ci-dessous.</translation>
    </message>
    <message>
      <source>Incomplete</source>
      <translation>Incomplète</translation>
    </message>
    <message>
      <source>Required fields are empty: complete the record.</source>
      <translation>Des champs obligatoires sont vides : complétez la fiche.</translation>
    </message>
    <message>
      <source>Update overdue</source>
      <translation>Mise à jour en retard</translation>
    </message>
    <message>
      <source>The last revision is older than the declared update frequency allows.</source>
      <translation>La dernière mise à jour est plus ancienne que ne le permet la fréquence déclarée.</translation>
    </message>
    <message>
      <source>Published</source>
      <translation>Publiée</translation>
    </message>
    <message>
      <source>Published on at least one target.</source>
      <translation>Publiée sur au moins une cible.</translation>
    </message>
    <message>
      <source>Ready</source>
      <translation>Prête</translation>
    </message>
    <message>
      <source>Checked with its data: nothing blocks publication.</source>
      <translation>Vérifiée avec ses données : rien ne bloque la publication.</translation>
    </message>
    <message>
      <source>Not checked yet</source>
      <translation>À vérifier</translation>
    </message>
    <message>
      <source>The record looks complete; its data has not been checked yet.</source>
      <translation>La fiche semble complète ; ses données n'ont pas encore été vérifiées.</translation>
    </message>
    <message>
      <source>Data not checked yet (record only).</source>
      <translation>Données pas encore vérifiées (fiche seule).</translation>
    </message>
    <message>
      <source>{errors} error(s), {warnings} warning(s)</source>
      <translation>{errors} erreur(s), {warnings} avertissement(s)</translation>
    </message>
    <message>
      <source>Published on: {}</source>
      <translation>Publiée sur : {}</translation>
    </message>
    <message>
      <source>Information</source>
      <translation>Informations</translation>
    </message>
    <message>
      <source>Double-click a finding to select and zoom to its features.</source>
      <translation>Double-cliquez sur un constat pour sélectionner ses entités et zoomer dessus.</translation>
    </message>
    <message>
      <source>Select a finding to read it in full.</source>
      <translation>Sélectionnez un constat pour le lire en entier.</translation>
    </message>
    <message>
      <source>no problem found</source>
      <translation>aucun problème trouvé</translation>
    </message>
    <message>
      <source>Finding</source>
      <translation>Constat</translation>
    </message>
    <message>
      <source>Features</source>
      <translation>Entités</translation>
    </message>
    <message>
      <source>record only</source>
      <translation>fiche seule</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Appliquer</translation>
    </message>
    <message>
      <source>Code: {}</source>
      <translation>Code : {}</translation>
    </message>
    <message>
      <source>{layer}: suggestion applied; checking the layer again.</source>
      <translation>{layer} : suggestion appliquée ; nouvelle vérification de la couche.</translation>
    </message>
    <message>
      <source>Double-click to select and zoom to these features.</source>
      <translation>Double-cliquez pour sélectionner ces entités et zoomer dessus.</translation>
    </message>
    <message>
      <source>Write « {label} » in the field « {field} » of this layer, then check it again.</source>
      <translation>Écrire « {label} » dans le champ « {field} » de cette couche, puis la vérifier à nouveau.</translation>
    </message>
    <message>
      <source>Features: {}</source>
      <translation>Entités : {}</translation>
    </message>
    <message>
      <source>Features {} have no geometry: they are selected in the attribute table.</source>
      <translation>Les entités {} n'ont pas de géométrie : elles sont sélectionnées dans la table attributaire.</translation>
    </message>
    <message>
      <source>Replace with « {} »</source>
      <translation>Remplacer par « {} »</translation>
    </message>
    <message>
      <source>Suggestion not applied to {layer}: {error}</source>
      <translation>Suggestion non appliquée à {layer} : {error}</translation>
    </message>
    <message>
      <source>en</source>
      <translation>fr</translation>
    </message>
    <message>
      <source>No profile (default rules)</source>
      <translation>Aucun profil (règles par défaut)</translation>
    </message>
    <message>
      <source>{} (shipped)</source>
      <translation>{} (livré avec Passerelle)</translation>
    </message>
    <message>
      <source>from {}</source>
      <translation>depuis {}</translation>
    </message>
    <message>
      <source>{} (unreadable)</source>
      <translation>{} (illisible)</translation>
    </message>
    <message>
      <source>Link to an existing record</source>
      <translation>Lier à une fiche existante</translation>
    </message>
    <message>
      <source>Catalogue (CSW)</source>
      <translation>Catalogue (CSW)</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Fichier</translation>
    </message>
    <message>
      <source>Address (URL)</source>
      <translation>Adresse (URL)</translation>
    </message>
    <message>
      <source>&amp;Read the record</source>
      <translation>&amp;Lire la fiche</translation>
    </message>
    <message>
      <source>This record is ours: the next publication may update it (adopt it)</source>
      <translation>Cette fiche est la nôtre : la prochaine publication peut la mettre à jour (la reprendre)</translation>
    </message>
    <message>
      <source>A record Passerelle did not create is only updated on its catalogue when you say it is yours to manage.</source>
      <translation>Une fiche que Passerelle n'a pas créée n'est mise à jour dans son catalogue que si vous indiquez qu'elle est à vous de la tenir à jour.</translation>
    </message>
    <message>
      <source>&amp;Link</source>
      <translation>&amp;Lier</translation>
    </message>
    <message>
      <source>A catalogue of the profile, or the address of a CSW catalogue</source>
      <translation>Un catalogue du profil, ou l'adresse d'un catalogue CSW</translation>
    </message>
    <message>
      <source>Words of the title or the abstract…</source>
      <translation>Mots du titre ou du résumé…</translation>
    </message>
    <message>
      <source>&amp;Search</source>
      <translation>&amp;Rechercher</translation>
    </message>
    <message>
      <source>&lt; Previous</source>
      <translation>&lt; Précédentes</translation>
    </message>
    <message>
      <source>Next &gt;</source>
      <translation>Suivantes &gt;</translation>
    </message>
    <message>
      <source>ISO 19139 records (*.xml)</source>
      <translation>Fiches ISO 19139 (*.xml)</translation>
    </message>
    <message>
      <source>Passerelle: searching the catalogue</source>
      <translation>Passerelle : recherche dans le catalogue</translation>
    </message>
    <message>
      <source>Passerelle: reading the record</source>
      <translation>Passerelle : lecture de la fiche</translation>
    </message>
    <message>
      <source>Reading the record…</source>
      <translation>Lecture de la fiche…</translation>
    </message>
    <message>
      <source>Check the fields and what Passerelle says, then link the record to the layer.</source>
      <translation>Vérifiez les champs et ce que dit Passerelle, puis liez la fiche à la couche.</translation>
    </message>
    <message>
      <source>Read the chosen record and show what the layer will keep of it</source>
      <translation>Lire la fiche choisie et montrer ce que la couche en gardera</translation>
    </message>
    <message>
      <source>Give the layer this record: its identifier and its fields</source>
      <translation>Donner cette fiche à la couche : son identifiant et ses champs</translation>
    </message>
    <message>
      <source>Catalogue:</source>
      <translation>Catalogue :</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>Titre</translation>
    </message>
    <message>
      <source>Identifier</source>
      <translation>Identifiant</translation>
    </message>
    <message>
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>An ISO 19139 record saved as a file (XML):</source>
      <translation>Une fiche ISO 19139 enregistrée dans un fichier (XML) :</translation>
    </message>
    <message>
      <source>The address of one record in ISO 19139 (a GeoNetwork record's XML, a CSW GetRecordById…):</source>
      <translation>L'adresse d'une fiche au format ISO 19139 (le XML d'une fiche GeoNetwork, un GetRecordById CSW…) :</translation>
    </message>
    <message>
      <source>Field</source>
      <translation>Champ</translation>
    </message>
    <message>
      <source>Value on the layer</source>
      <translation>Valeur sur la couche</translation>
    </message>
    <message>
      <source>What Passerelle says</source>
      <translation>Ce que dit Passerelle</translation>
    </message>
    <message>
      <source>Choose a catalogue or type the address of a CSW catalogue.</source>
      <translation>Choisissez un catalogue ou saisissez l'adresse d'un catalogue CSW.</translation>
    </message>
    <message>
      <source>Choose a record first: a search result, a file or an address.</source>
      <translation>Choisissez d'abord une fiche : un résultat de recherche, un fichier ou une adresse.</translation>
    </message>
    <message>
      <source>The layer was removed from the project.</source>
      <translation>La couche a été retirée du projet.</translation>
    </message>
    <message>
      <source>Layer: {name}</source>
      <translation>Couche : {name}</translation>
    </message>
    <message>
      <source>Searching {where}…</source>
      <translation>Recherche dans {where}…</translation>
    </message>
    <message>
      <source>{count} record(s) found.</source>
      <translation>{count} fiche(s) trouvée(s).</translation>
    </message>
    <message>
      <source>{origin}: « {title} ».</source>
      <translation>{origin} : « {title} ».</translation>
    </message>
    <message>
      <source>Layer « {layer} » linked to record {identifier}.</source>
      <translation>Couche « {layer} » liée à la fiche {identifier}.</translation>
    </message>
    <message>
      <source>The search failed: {}</source>
      <translation>La recherche a échoué : {}</translation>
    </message>
    <message>
      <source>Records {first}–{last} of {count}</source>
      <translation>Fiches {first} à {last} sur {count}</translation>
    </message>
    <message>
      <source>The record cannot be linked: {}</source>
      <translation>La fiche ne peut pas être liée : {}</translation>
    </message>
    <message>
      <source>Descri&amp;be…</source>
      <translation>&amp;Décrire…</translation>
    </message>
    <message>
      <source>Open the tag editor for the selected layers</source>
      <translation>Ouvrir l'éditeur de description des couches sélectionnées</translation>
    </message>
    <message>
      <source>Chec&amp;k all</source>
      <translation>Véri&amp;fier tout</translation>
    </message>
    <message>
      <source>Check the selected layers with their data (all layers when none is selected), in the background</source>
      <translation>Vérifier les couches sélectionnées avec leurs données (toutes les couches si aucune n'est sélectionnée), en arrière-plan</translation>
    </message>
    <message>
      <source>P&amp;ublish…</source>
      <translation>P&amp;ublier…</translation>
    </message>
    <message>
      <source>Publish the selected layers (all layers when none is selected)</source>
      <translation>Publier les couches sélectionnées (toutes les couches si aucune n'est sélectionnée)</translation>
    </message>
    <message>
      <source>Ad&amp;ministration…</source>
      <translation>Ad&amp;ministration…</translation>
    </message>
    <message>
      <source>Portal administrators: review what agents submitted (approve, or reject with a comment)</source>
      <translation>Administrateurs de portail : examiner ce que les agents ont soumis (approuver, ou refuser avec un commentaire)</translation>
    </message>
    <message>
      <source>&amp;Audit…</source>
      <translation>&amp;Auditer…</translation>
    </message>
    <message>
      <source>Portal administrators: audit a whole catalogue (a target of this profile, a CSW or a folder of records): completeness, links, duplicates, with a dashboard</source>
      <translation>Administrateurs de portail : auditer tout un catalogue (une cible de ce profil, un CSW ou un dossier de fiches) : complétude, liens, doublons, avec un tableau de bord</translation>
    </message>
    <message>
      <source>Li&amp;nk to an existing record…</source>
      <translation>Lie&amp;r à une fiche existante…</translation>
    </message>
    <message>
      <source>Give the selected layer a record that already exists: found in a catalogue (CSW), a file or at an address</source>
      <translation>Donner à la couche sélectionnée une fiche qui existe déjà : trouvée dans un catalogue (CSW), un fichier ou à une adresse</translation>
    </message>
    <message>
      <source>Chec&amp;k ({})</source>
      <translation>Véri&amp;fier ({})</translation>
    </message>
    <message>
      <source>P&amp;ublish ({})…</source>
      <translation>P&amp;ublier ({})…</translation>
    </message>
    <message>
      <source>Passerelle</source>
      <translation>Passerelle</translation>
    </message>
    <message>
      <source>The portal profile whose rules (required fields, territory, vocabularies) the checks apply.</source>
      <translation>Le profil de portail dont les vérifications appliquent les règles (champs obligatoires, territoire, vocabulaires).</translation>
    </message>
    <message>
      <source>Portal profiles, vocabulary sources and authentication</source>
      <translation>Profils de portail, sources de vocabulaires et authentification</translation>
    </message>
    <message>
      <source>Search a layer…</source>
      <translation>Rechercher une couche…</translation>
    </message>
    <message>
      <source>All statuses</source>
      <translation>Tous les statuts</translation>
    </message>
    <message>
      <source>Show only the layers with this status</source>
      <translation>N'afficher que les couches ayant ce statut</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Check resul&amp;ts</source>
      <translation>Résultats des vérificatio&amp;ns</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Reading…</source>
      <translation>Lecture…</translation>
    </message>
    <message>
      <source>Passerelle is reading this layer's record in the background.</source>
      <translation>Passerelle lit la fiche de cette couche en arrière-plan.</translation>
    </message>
    <message>
      <source>A check is already running.</source>
      <translation>Une vérification est déjà en cours.</translation>
    </message>
    <message>
      <source>Select one or more layers to describe.</source>
      <translation>Sélectionnez une ou plusieurs couches à décrire.</translation>
    </message>
    <message>
      <source>Select one layer to link to an existing record.</source>
      <translation>Sélectionnez une couche à lier à une fiche existante.</translation>
    </message>
    <message>
      <source>Passerelle: reading {count} layer(s)</source>
      <translation>Passerelle : lecture de {count} couche(s)</translation>
    </message>
    <message>
      <source>Passerelle: checking {count} layer(s)</source>
      <translation>Passerelle : vérification de {count} couche(s)</translation>
    </message>
    <message>
      <source>Checking {count} layer(s) with their data…</source>
      <translation>Vérification de {count} couche(s) avec leurs données…</translation>
    </message>
    <message>
      <source>Check failed: {}</source>
      <translation>La vérification a échoué : {}</translation>
    </message>
    <message>
      <source>Check cancelled after {count} layer(s).</source>
      <translation>Vérification annulée après {count} couche(s).</translation>
    </message>
    <message>
      <source>{count} layer(s) checked: {errors} error(s), {warnings} warning(s).</source>
      <translation>{count} couche(s) vérifiée(s) : {errors} erreur(s), {warnings} avertissement(s).</translation>
    </message>
    <message>
      <source>Reading the layers failed: {}</source>
      <translation>La lecture des couches a échoué : {}</translation>
    </message>
    <message>
      <source>Cannot open the tag editor: {}</source>
      <translation>Impossible d'ouvrir l'éditeur de description : {}</translation>
    </message>
    <message>
      <source>published</source>
      <translation>publiée</translation>
    </message>
    <message>
      <source>updated</source>
      <translation>mise à jour</translation>
    </message>
    <message>
      <source>unchanged</source>
      <translation>inchangée</translation>
    </message>
    <message>
      <source>refused</source>
      <translation>refusée</translation>
    </message>
    <message>
      <source>failed</source>
      <translation>en échec</translation>
    </message>
    <message>
      <source>incomplete</source>
      <translation>incomplète</translation>
    </message>
    <message>
      <source>planned</source>
      <translation>prévue</translation>
    </message>
    <message>
      <source>removed</source>
      <translation>retirée</translation>
    </message>
    <message>
      <source>Passerelle: publication preview</source>
      <translation>Passerelle : aperçu de la publication</translation>
    </message>
    <message>
      <source>Passerelle: publishing</source>
      <translation>Passerelle : publication</translation>
    </message>
    <message>
      <source>nothing to do</source>
      <translation>rien à faire</translation>
    </message>
    <message>
      <source>Portal profile</source>
      <translation>Profil de portail</translation>
    </message>
    <message>
      <source>Profiles (*.json)</source>
      <translation>Profils (*.json)</translation>
    </message>
    <message>
      <source>Choose a portal profile.</source>
      <translation>Choisissez un profil de portail.</translation>
    </message>
    <message>
      <source>Choose at least one target.</source>
      <translation>Choisissez au moins une cible.</translation>
    </message>
    <message>
      <source>Preparing the preview…</source>
      <translation>Préparation de l'aperçu…</translation>
    </message>
    <message>
      <source>Cancelling… the layer in progress finishes first.</source>
      <translation>Annulation… la couche en cours se termine d'abord.</translation>
    </message>
    <message>
      <source>Cancelled: nothing was sent.</source>
      <translation>Annulé : rien n'a été envoyé.</translation>
    </message>
    <message>
      <source>{count} layer(s): {names}</source>
      <translation>{count} couche(s) : {names}</translation>
    </message>
    <message>
      <source>Publication stopped: {}</source>
      <translation>Publication interrompue : {}</translation>
    </message>
    <message>
      <source>Dry run: {summary}; {count} request(s) would be sent.</source>
      <translation>Essai à blanc : {summary} ; {count} requête(s) seraient envoyées.</translation>
    </message>
    <message>
      <source>Publication: {}.</source>
      <translation>Publication : {}.</translation>
    </message>
    <message>
      <source>Cancelled: the layers not yet started were not published.</source>
      <translation>Annulé : les couches pas encore commencées n'ont pas été publiées.</translation>
    </message>
    <message>
      <source>Layer « {} » added to the map.</source>
      <translation>Couche « {} » ajoutée à la carte.</translation>
    </message>
    <message>
      <source>open</source>
      <translation>ouverte</translation>
    </message>
    <message>
      <source>restricted</source>
      <translation>restreinte</translation>
    </message>
    <message>
      <source>internal</source>
      <translation>interne</translation>
    </message>
    <message>
      <source>Publishing {count} layer(s)…</source>
      <translation>Publication de {count} couche(s)…</translation>
    </message>
    <message>
      <source>{count} publication(s) refused or failed. First: {layer} → {target}: {reason} Every reason is in the Passerelle log.</source>
      <translation>{count} publication(s) refusée(s) ou en échec. Première : {layer} → {target} : {reason} Toutes les raisons sont dans le journal Passerelle.</translation>
    </message>
    <message>
      <source>QGIS cannot open the {service} layer « {name} » at {url}.</source>
      <translation>QGIS n'arrive pas à ouvrir la couche {service} « {name} » à l'adresse {url}.</translation>
    </message>
    <message>
      <source>version {}</source>
      <translation>version {}</translation>
    </message>
    <message>
      <source>Passerelle: settings</source>
      <translation>Passerelle : paramètres</translation>
    </message>
    <message>
      <source>Portal &amp;profiles</source>
      <translation>&amp;Profils de portail</translation>
    </message>
    <message>
      <source>&amp;Vocabularies</source>
      <translation>&amp;Vocabulaires</translation>
    </message>
    <message>
      <source>&amp;Authentication</source>
      <translation>&amp;Authentification</translation>
    </message>
    <message>
      <source>Add a &amp;file…</source>
      <translation>Ajouter un fic&amp;hier…</translation>
    </message>
    <message>
      <source>&amp;Download</source>
      <translation>&amp;Télécharger</translation>
    </message>
    <message>
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <source>&amp;URL:</source>
      <translation>&amp;URL :</translation>
    </message>
    <message>
      <source>Passerelle: downloading a profile</source>
      <translation>Passerelle : téléchargement d'un profil</translation>
    </message>
    <message>
      <source>URL or file of a SKOS Turtle vocabulary</source>
      <translation>URL ou fichier d'un vocabulaire SKOS Turtle</translation>
    </message>
    <message>
      <source>A&amp;dd</source>
      <translation>A&amp;jouter</translation>
    </message>
    <message>
      <source>&amp;Browse…</source>
      <translation>Par&amp;courir…</translation>
    </message>
    <message>
      <source>Re&amp;fresh the cache</source>
      <translation>Rafraîchir le cac&amp;he</translation>
    </message>
    <message>
      <source>Download every URL source again (yours and the current profile's) and keep a copy for offline use</source>
      <translation>Télécharger à nouveau chaque source en ligne (les vôtres et celles du profil en cours) et en garder une copie pour travailler hors ligne</translation>
    </message>
    <message>
      <source>Vocabulary</source>
      <translation>Vocabulaire</translation>
    </message>
    <message>
      <source>SKOS Turtle (*.ttl)</source>
      <translation>SKOS Turtle (*.ttl)</translation>
    </message>
    <message>
      <source>Passerelle: refreshing vocabularies</source>
      <translation>Passerelle : rafraîchissement des vocabulaires</translation>
    </message>
    <message>
      <source>Only the id of a QGIS authentication configuration is stored here; the user name and password stay in QGIS's encrypted authentication database.</source>
      <translation>Seul l'identifiant d'une configuration d'authentification QGIS est enregistré ici ; l'identifiant de connexion et le mot de passe restent dans la base d'authentification chiffrée de QGIS.</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <source>Source</source>
      <translation>Source</translation>
    </message>
    <message>
      <source>shipped</source>
      <translation>livré avec Passerelle</translation>
    </message>
    <message>
      <source>Shipped profiles cannot be removed.</source>
      <translation>Les profils livrés avec Passerelle ne peuvent pas être retirés.</translation>
    </message>
    <message>
      <source>Cached source</source>
      <translation>Source en cache</translation>
    </message>
    <message>
      <source>Fetched</source>
      <translation>Téléchargée le</translation>
    </message>
    <message>
      <source>Scheme versions</source>
      <translation>Versions des vocabulaires</translation>
    </message>
    <message>
      <source>Vocabulary sources added to every profile's (in this order):</source>
      <translation>Sources de vocabulaires ajoutées à celles de chaque profil (dans cet ordre) :</translation>
    </message>
    <message>
      <source>No URL source to refresh: files are read where they are.</source>
      <translation>Aucune source en ligne à rafraîchir : les fichiers sont lus là où ils sont.</translation>
    </message>
    <message>
      <source>Vocabulary cache refreshed.</source>
      <translation>Cache des vocabulaires rafraîchi.</translation>
    </message>
    <message>
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <source>Authentication</source>
      <translation>Authentification</translation>
    </message>
    <message>
      <source>Profile « {name} » {version} added.</source>
      <translation>Profil « {name} » {version} ajouté.</translation>
    </message>
    <message>
      <source>Downloading {}…</source>
      <translation>Téléchargement de {}…</translation>
    </message>
    <message>
      <source>Profile « {name} » {version} downloaded to {path}.</source>
      <translation>Profil « {name} » {version} téléchargé dans {path}.</translation>
    </message>
    <message>
      <source>Refreshing {count} vocabulary source(s)…</source>
      <translation>Rafraîchissement de {count} source(s) de vocabulaires…</translation>
    </message>
    <message>
      <source>No such file: {}</source>
      <translation>Fichier introuvable : {}</translation>
    </message>
    <message>
      <source>Downloaded to {path}; checked for a new version at each check or publication.</source>
      <translation>Téléchargé dans {path} ; une nouvelle version est recherchée à chaque vérification ou publication.</translation>
    </message>
    <message>
      <source>Open: anyone may access and reuse the data, under an open licence (Licence Ouverte 2.0 or ODbL) and in a reusable format.</source>
      <translation>Ouverte : chacun peut consulter et réutiliser la donnée, sous une licence ouverte (Licence Ouverte 2.0 ou ODbL) et dans un format réutilisable.</translation>
    </message>
    <message>
      <source>Shared: only an identified group (other administrations, partners) reaches the data, after authentication. Never published openly; the licence is not an open one.</source>
      <translation>Partagée : seul un groupe identifié (autres administrations, partenaires) y accède, après authentification. Jamais publiée en accès libre ; sa licence n'est pas une licence ouverte.</translation>
    </message>
    <message>
      <source>Closed: strictly internal (strategic, sovereign or personal data). It never leaves the organisation; security and traceability come first.</source>
      <translation>Fermée : strictement interne (donnée stratégique, souveraine ou personnelle). Elle ne sort jamais de la collectivité ; sécurité et traçabilité d'abord.</translation>
    </message>
    <message>
      <source>Personal data: about people who can be identified (names, addresses, phone numbers, locations…). Protected by the GDPR: never open unless made anonymous.</source>
      <translation>Données personnelles : elles concernent des personnes identifiables (noms, adresses, téléphones, localisations…). Protégées par le RGPD : jamais ouvertes, sauf après anonymisation.</translation>
    </message>
    <message>
      <source>Public data: produced or received by the authority for its public-service missions. Open by default when of collective interest, unless protected.</source>
      <translation>Données publiques : produites ou reçues par la collectivité pour ses missions de service public. Ouvertes par défaut lorsqu'elles présentent un intérêt collectif, sauf protection particulière.</translation>
    </message>
    <message>
      <source>Data of general interest: produced by a company running a public service (concession, delegation). Handed over to the authority and treated as public data.</source>
      <translation>Données d'intérêt général : produites par une entreprise chargée d'un service public (concession, délégation). Remises à la collectivité et traitées comme des données publiques.</translation>
    </message>
    <message>
      <source>Private data of general interest: produced by private actors without a public mission (mobility apps, rental platforms…). Access and publication depend on agreements.</source>
      <translation>Données privées d'intérêt général : produites par des acteurs privés sans mission de service public (applications de mobilité, plateformes de location…). Leur accès et leur publication dépendent de conventions.</translation>
    </message>
    <message>
      <source>Open data: only open licences are offered.</source>
      <translation>Donnée ouverte : seules les licences ouvertes sont proposées.</translation>
    </message>
    <message>
      <source>Shared data: only non-open licences are offered.</source>
      <translation>Donnée partagée : seules les licences non ouvertes sont proposées.</translation>
    </message>
    <message>
      <source>Closed data: only non-open licences are offered.</source>
      <translation>Donnée fermée : seules les licences non ouvertes sont proposées.</translation>
    </message>
    <message>
      <source>&amp;Apply</source>
      <translation>&amp;Appliquer</translation>
    </message>
    <message>
      <source>&amp;Reset</source>
      <translation>Ré&amp;initialiser</translation>
    </message>
    <message>
      <source>Write the edited fields into every layer (nothing is written before).</source>
      <translation>Écrire les champs modifiés dans chaque couche (rien n'est écrit avant).</translation>
    </message>
    <message>
      <source>none (table without geometry)</source>
      <translation>aucune (table sans géométrie)</translation>
    </message>
    <message>
      <source>Nothing to apply: no field was edited.</source>
      <translation>Rien à appliquer : aucun champ n'a été modifié.</translation>
    </message>
    <message>
      <source>A layer of this form was removed from the project: close the editor and open it again.</source>
      <translation>Une couche de ce formulaire a été retirée du projet : fermez l'éditeur et rouvrez-le.</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>Record saved for {count} layer(s): {names}.</source>
      <translation>Fiche enregistrée pour {count} couche(s) : {names}.</translation>
    </message>
    <message>
      <source>Passerelle: describe {}</source>
      <translation>Passerelle : décrire {}</translation>
    </message>
    <message>
      <source>Passerelle: describe {count} layers</source>
      <translation>Passerelle : décrire {count} couches</translation>
    </message>
    <message>
      <source>Editing {count} layers: {names}. Fields you leave alone keep each layer's own value.</source>
      <translation>Modification de {count} couches : {names}. Les champs auxquels vous ne touchez pas gardent la valeur propre à chaque couche.</translation>
    </message>
    <message>
      <source>Layer: {}</source>
      <translation>Couche : {}</translation>
    </message>
    <message>
      <source>W {w:.5f}, S {s:.5f}, E {e:.5f}, N {n:.5f}</source>
      <translation>O {w:.5f}, S {s:.5f}, E {e:.5f}, N {n:.5f}</translation>
    </message>
    <message>
      <source>{total} in {count} layers</source>
      <translation>{total} dans {count} couches</translation>
    </message>
    <message>
      <source>« {} » does not suit this access level: choose another licence.</source>
      <translation>« {} » ne convient pas à ce degré d'accessibilité : choisissez une autre licence.</translation>
    </message>
    <message>
      <source>No layer was changed.</source>
      <translation>Aucune couche n'a été modifiée.</translation>
    </message>
    <message>
      <source>Could not restore the record of {layer}: {error}</source>
      <translation>Impossible de rétablir la fiche de {layer} : {error}</translation>
    </message>
    <message>
      <source>Comma separated</source>
      <translation>Séparés par des virgules</translation>
    </message>
    <message>
      <source>INSPIRE themes</source>
      <translation>Thèmes INSPIRE</translation>
    </message>
    <message>
      <source>EU data themes</source>
      <translation>Thèmes de données de l'UE</translation>
    </message>
    <message>
      <source>ISO 19115 topic categories</source>
      <translation>Catégories thématiques ISO 19115</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Téléphone</translation>
    </message>
    <message>
      <source>SIRET</source>
      <translation>SIRET</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Description</translation>
    </message>
    <message>
      <source>&amp;Status</source>
      <translation>&amp;Statut</translation>
    </message>
    <message>
      <source>&amp;Coverage</source>
      <translation>&amp;Couverture</translation>
    </message>
    <message>
      <source>C&amp;ontacts</source>
      <translation>C&amp;ontacts</translation>
    </message>
    <message>
      <source>Or&amp;igin</source>
      <translation>Ori&amp;gine</translation>
    </message>
    <message>
      <source>yyyy-MM-dd</source>
      <translation>dd/MM/yyyy</translation>
    </message>
    <message>
      <source>Derived from the data: updated by QGIS, not editable.</source>
      <translation>Calculé à partir des données : tenu à jour par QGIS, non modifiable.</translation>
    </message>
    <message>
      <source>Table Schema (*.json)</source>
      <translation>Schéma Table Schema (*.json)</translation>
    </message>
    <message>
      <source>URL or file of the Table Schema the data follows</source>
      <translation>URL ou fichier du schéma (Table Schema) que suit la donnée</translation>
    </message>
    <message>
      <source>&amp;Title</source>
      <translation>&amp;Titre</translation>
    </message>
    <message>
      <source>A&amp;bstract</source>
      <translation>Rés&amp;umé</translation>
    </message>
    <message>
      <source>&amp;Keywords</source>
      <translation>&amp;Mots-clés</translation>
    </message>
    <message>
      <source>T&amp;hemes</source>
      <translation>T&amp;hèmes</translation>
    </message>
    <message>
      <source>Access le&amp;vel</source>
      <translation>Degré d'accessi&amp;bilité</translation>
    </message>
    <message>
      <source>&amp;Nature</source>
      <translation>&amp;Nature</translation>
    </message>
    <message>
      <source>Access restriction &amp;ground</source>
      <translation>Motif de &amp;restriction d'accès</translation>
    </message>
    <message>
      <source>&amp;Licence</source>
      <translation>&amp;Licence</translation>
    </message>
    <message>
      <source>&amp;Granularity</source>
      <translation>G&amp;ranularité</translation>
    </message>
    <message>
      <source>Update &amp;frequency</source>
      <translation>Fréquence de &amp;mise à jour</translation>
    </message>
    <message>
      <source>&amp;Progress status</source>
      <translation>État d'a&amp;vancement</translation>
    </message>
    <message>
      <source>Covered &amp;territory</source>
      <translation>&amp;Territoire couvert</translation>
    </message>
    <message>
      <source>Creatio&amp;n date</source>
      <translation>Dat&amp;e de création</translation>
    </message>
    <message>
      <source>Last &amp;update</source>
      <translation>Dernière mise à jo&amp;ur</translation>
    </message>
    <message>
      <source>Pu&amp;blication date</source>
      <translation>Date de &amp;publication</translation>
    </message>
    <message>
      <source>Extent (WGS84)</source>
      <translation>Emprise (WGS84)</translation>
    </message>
    <message>
      <source>Coordinate reference system</source>
      <translation>Système de coordonnées</translation>
    </message>
    <message>
      <source>Feature count</source>
      <translation>Nombre d'entités</translation>
    </message>
    <message>
      <source>Point of contact</source>
      <translation>Point de contact</translation>
    </message>
    <message>
      <source>Producer</source>
      <translation>Producteur</translation>
    </message>
    <message>
      <source>&amp;Lineage</source>
      <translation>Gé&amp;néalogie</translation>
    </message>
    <message>
      <source>Data sc&amp;hema</source>
      <translation>Sc&amp;héma de données</translation>
    </message>
    <message>
      <source>(different values: left unchanged)</source>
      <translation>(valeurs différentes : laissées telles quelles)</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>non renseignée</translation>
    </message>
    <message>
      <source>(different values)</source>
      <translation>(valeurs différentes)</translation>
    </message>
    <message>
      <source>Search a theme (French or English)</source>
      <translation>Rechercher un thème (en français ou en anglais)</translation>
    </message>
    <message>
      <source>{} (deprecated)</source>
      <translation>{} (obsolète)</translation>
    </message>
    <message>
      <source>Catalogue</source>
      <translation>Catalogue</translation>
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
      <source>Exports the records of the layers as ISO 19139 (INSPIRE) files, a DCAT-AP catalogue (Turtle and JSON-LD) and an SCDL catalogue CSV. The SCDL catalogue needs the public address the folder will be served at (its links must be absolute).</source>
      <translation>Exporte les fiches des couches en fichiers ISO 19139 (INSPIRE), en catalogue DCAT-AP (Turtle et JSON-LD) et en catalogue SCDL (CSV). Le catalogue SCDL a besoin de l'adresse publique à laquelle le dossier sera servi (ses liens doivent être absolus).</translation>
    </message>
    <message>
      <source>Publish layers</source>
      <translation>Publier des couches</translation>
    </message>
    <message>
      <source>Publishes layers to the targets of a portal profile (catalogue records, WMS/WFS services, local SDI). Layers with blocking check errors are refused. Re-publishing updates in place. A dry run lists the requests without sending any change. Passerelle never overwrites an object it did not create (same identifier or name): such a layer fails, naming the owner, unless 'Adopt existing objects' is ticked, which takes them over.</source>
      <translation>Publie les couches vers les cibles d'un profil de portail (fiches de catalogue, services WMS/WFS, IDG locale). Les couches présentant des erreurs bloquantes sont refusées. Une nouvelle publication met à jour sans dupliquer. Un essai à blanc liste les requêtes sans rien modifier. Passerelle ne remplace jamais un objet qu'il n'a pas créé (même identifiant ou même nom) : une telle couche échoue en nommant son propriétaire, sauf si « Reprendre les objets existants » est coché, ce qui les reprend.</translation>
    </message>
    <message>
      <source>Audit a catalogue</source>
      <translation>Auditer un catalogue</translation>
    </message>
    <message>
      <source>Audits a whole catalogue: a catalogue target of the profile (CSW, GeoNetwork, CKAN, udata, OpenDataSoft), the address of a CSW, or a folder of ISO 19139 records. Every record is checked (required metadata, vocabularies, status rules, update frequency, extent), its links are checked politely (HTTP status, WMS/WFS layers, downloads), duplicates are found, and the service layers of the profile are compared with the records. Writes a dashboard (HTML), the findings (CSV, JSON) and the records' extents (GeoPackage).</source>
      <translation>Audite tout un catalogue : une cible catalogue du profil (CSW, GeoNetwork, CKAN, udata, OpenDataSoft), l'adresse d'un CSW ou un dossier de fiches ISO 19139. Chaque fiche est vérifiée (métadonnées obligatoires, vocabulaires, règles de statut, fréquence de mise à jour, emprise), ses liens sont vérifiés sans surcharger les serveurs (statut HTTP, couches WMS/WFS, téléchargements), les doublons sont repérés et les couches des services du profil sont rapprochées des fiches. Produit un tableau de bord (HTML), les constats (CSV, JSON) et les emprises des fiches (GeoPackage).</translation>
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
      <source>SCDL catalogue (needs the public address)</source>
      <translation>Catalogue SCDL (nécessite l'adresse publique)</translation>
    </message>
    <message>
      <source>Public address the folder will be served at (https://…/catalogue/)</source>
      <translation>Adresse publique à laquelle le dossier sera servi (https://…/catalogue/)</translation>
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
      <source>Adopt existing objects not created by Passerelle (same identifier or name)</source>
      <translation>Reprendre les objets existants non créés par Passerelle (même identifiant ou même nom)</translation>
    </message>
    <message>
      <source>Publication report</source>
      <translation>Rapport de publication</translation>
    </message>
    <message>
      <source>Catalogue (profile target, CSW address or folder of ISO 19139 records)</source>
      <translation>Catalogue (cible du profil, adresse d'un CSW ou dossier de fiches ISO 19139)</translation>
    </message>
    <message>
      <source>Check the links</source>
      <translation>Vérifier les liens</translation>
    </message>
    <message>
      <source>Records audited at most (0: all)</source>
      <translation>Nombre maximal de fiches auditées (0 : toutes)</translation>
    </message>
    <message>
      <source>Dashboard (HTML)</source>
      <translation>Tableau de bord (HTML)</translation>
    </message>
    <message>
      <source>Findings (CSV)</source>
      <translation>Constats (CSV)</translation>
    </message>
    <message>
      <source>Findings (JSON)</source>
      <translation>Constats (JSON)</translation>
    </message>
    <message>
      <source>Records' extents</source>
      <translation>Emprises des fiches</translation>
    </message>
    <message>
      <source>Records audited</source>
      <translation>Fiches auditées</translation>
    </message>
    <message>
      <source>Findings</source>
      <translation>Constats</translation>
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
  <context>
    <name>passerellePublishDialog</name>
    <message>
      <source>Passerelle: publish</source>
      <translation>Passerelle : publier</translation>
    </message>
    <message>
      <source>Layers</source>
      <translation>Couches</translation>
    </message>
    <message>
      <source>Portal p&amp;rofile</source>
      <translation>P&amp;rofil de portail</translation>
    </message>
    <message>
      <source>Add a profile &amp;file…</source>
      <translation>Ajouter un fichier de pr&amp;ofil…</translation>
    </message>
    <message>
      <source>&amp;Targets</source>
      <translation>&amp;Cibles</translation>
    </message>
    <message>
      <source>Publish again even if unc&amp;hanged</source>
      <translation>Republier même si &amp;inchangée</translation>
    </message>
    <message>
      <source>%p%</source>
      <translation>%p %</translation>
    </message>
    <message>
      <source>&amp;Cancel</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <source>Clos&amp;e</source>
      <translation>&amp;Fermer</translation>
    </message>
    <message>
      <source>List the requests publishing would send, without changing anything</source>
      <translation>Lister les requêtes que la publication enverrait, sans rien modifier</translation>
    </message>
    <message>
      <source>Pre&amp;view (dry run)</source>
      <translation>Aperçu (essai à &amp;blanc)</translation>
    </message>
    <message>
      <source>&amp;Publish</source>
      <translation>&amp;Publier</translation>
    </message>
    <message>
      <source>Res&amp;ults</source>
      <translation>Rés&amp;ultats</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <source>State</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>Message</translation>
    </message>
    <message>
      <source>Planned re&amp;quests</source>
      <translation>Re&amp;quêtes prévues</translation>
    </message>
    <message>
      <source>Method</source>
      <translation>Méthode</translation>
    </message>
    <message>
      <source>URL</source>
      <translation>URL</translation>
    </message>
    <message>
      <source>Note</source>
      <translation>Remarque</translation>
    </message>
    <message>
      <source>&amp;Open the record</source>
      <translation>Ou&amp;vrir la fiche</translation>
    </message>
    <message>
      <source>Add the &amp;WMS layer to the map</source>
      <translation>Ajouter la couche &amp;WMS à la carte</translation>
    </message>
    <message>
      <source>Add the WFS &amp;layer to the map</source>
      <translation>Ajouter la couche WF&amp;S à la carte</translation>
    </message>
  </context>
</TS>
