<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AssessmentBatches</name>
    <message>
        <source>Assessment batch %1 is damaged: its grid holds %2 bytes for %3 × %4 cells.</source>
        <translation>Le lot d’évaluations %1 est endommagé : sa grille contient %2 octets pour %3 × %4 cellules.</translation>
    </message>
    <message>
        <source>assessment batch %1: %2 bytes of levels for %3 people × %4 skills</source>
        <translation>lot d’évaluations %1 : %2 octets de niveaux pour %3 personnes × %4 compétences</translation>
    </message>
    <message numerus="yes">
        <source>assessment batch %1: %n link(s) outside its grid</source>
        <translation>
            <numerusform>lot d’évaluations %1 : %n lien hors de sa grille</numerusform>
            <numerusform>lot d’évaluations %1 : %n liens hors de sa grille</numerusform>
        </translation>
    </message>
    <message>
        <source>assessment batch %1: cell %2 holds %3, which is no level on the scale</source>
        <translation>lot d’évaluations %1 : la cellule %2 contient %3, qui n’est pas un niveau de l’échelle</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>%1, line 1: no &apos;name&apos; column. The header needs at least: name; it may also have email, team, role, external, time zone.</source>
        <translation>%1, ligne 1 : pas de colonne « name ». L&apos;en-tête doit contenir au moins : name ; il peut aussi avoir email, team, role, external, time zone.</translation>
    </message>
    <message>
        <source>Import people from %1</source>
        <translation>Importer des personnes depuis %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header has %3</source>
        <translation>%1 a %2 champs, l&apos;en-tête en a %3</translation>
    </message>
    <message>
        <source>%1: the name is empty</source>
        <translation>%1 : le nom est vide</translation>
    </message>
    <message>
        <source>%1: external must be yes or no, not &apos;%2&apos;</source>
        <translation>%1 : external doit valoir yes ou no, pas « %2 »</translation>
    </message>
    <message>
        <source>%1: %2 appears twice in the file</source>
        <translation>%1 : %2 apparaît deux fois dans le fichier</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>équipe %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rôle %1</translation>
    </message>
    <message>
        <source>%1 has a header but no people.</source>
        <translation>%1 a un en-tête mais aucune personne.</translation>
    </message>
    <message>
        <source>%1, line 1: the header needs the columns category and skill (and may have description).</source>
        <translation>%1, ligne 1 : l&apos;en-tête doit avoir les colonnes category et skill (et peut avoir description).</translation>
    </message>
    <message>
        <source>Import skills from %1</source>
        <translation>Importer des compétences depuis %1</translation>
    </message>
    <message>
        <source>%1: the category is empty</source>
        <translation>%1 : la catégorie est vide</translation>
    </message>
    <message>
        <source>%1: the skill is empty</source>
        <translation>%1 : la compétence est vide</translation>
    </message>
    <message>
        <source>%1: the skill %2 appears twice in the file</source>
        <translation>%1 : la compétence %2 apparaît deux fois dans le fichier</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>catégorie %1</translation>
    </message>
    <message>
        <source>%1 has a header but no skills.</source>
        <translation>%1 a un en-tête mais aucune compétence.</translation>
    </message>
    <message>
        <source>%1: the %2 is %3 characters long; at most %4 are allowed</source>
        <translation>%1 : le champ %2 fait %3 caractères ; au plus %4 sont autorisés</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>compétence</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>All teams · data as of %1</source>
        <translation>Toutes les équipes · données au %1</translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · données au %2</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>il y a %1 mois</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Coverage by skill category</source>
        <translation>Couverture par catégorie de compétences</translation>
    </message>
    <message>
        <source>Expert leads</source>
        <translation>L&apos;expert mène</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Staff leads</source>
        <translation>L&apos;équipe mène</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <source>Capabilities by hand-over phase</source>
        <translation>Capacités par phase de transfert</translation>
    </message>
    <message>
        <source>Readiness index</source>
        <translation>Indice de maturité</translation>
    </message>
    <message>
        <source>Forecast to roll-off on %1</source>
        <translation>Prévision jusqu&apos;au départ le %1</translation>
    </message>
    <message>
        <source>Index (0-100)</source>
        <translation>Indice (0–100)</translation>
    </message>
    <message>
        <source>Readiness index by month</source>
        <translation>Indice de maturité par mois</translation>
    </message>
    <message>
        <source>Independent or above</source>
        <translation>Autonome ou plus</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source> — single point of failure</source>
        <translation> — point de défaillance unique</translation>
    </message>
    <message>
        <source> — consultant-dependent</source>
        <translation> — dépendant des consultants</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Independent people per required skill</source>
        <translation>Personnes autonomes par compétence requise</translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation>Objectif (100 %)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf.</source>
        <translation>%1 : le nom de fichier doit se terminer par .png, .svg ou .pdf.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Levels %1 and above are still used by assessments or targets; move those to other levels first.</source>
        <translation>Les niveaux %1 et au-delà sont encore utilisés par des évaluations ou des objectifs ; déplacez-les d&apos;abord vers d&apos;autres niveaux.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 since you loaded it. Reload and make your change again.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément (%1) depuis son chargement. Rechargez et refaites votre modification.</translation>
    </message>
    <message>
        <source>Could not redo &apos;%1&apos;: %2</source>
        <translation>Impossible de rétablir « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not undo &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;annuler « %1 » : %2</translation>
    </message>
    <message>
        <source>Someone else removed this %1 since you loaded it. Reload and try again.</source>
        <translation>Quelqu’un d’autre a supprimé ce %1 depuis son chargement. Rechargez et réessayez.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 est vide : une ligne d&apos;en-tête et des lignes de données sont attendues.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a people or skills list is at most %3 MB.</source>
        <translation>%1 fait %2 Mo ; une liste de personnes ou de compétences fait au plus %3 Mo.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>People, skills and teams must be at least 1 and history at least 0 months.</source>
        <translation>Les personnes, compétences et équipes doivent valoir au moins 1, et l&apos;historique au moins 0 mois.</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>compétences</translation>
    </message>
    <message>
        <source>teams and roles</source>
        <translation>équipes et rôles</translation>
    </message>
    <message>
        <source>Runs the %1 services.</source>
        <translation>Exploite les services %1.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>évaluations</translation>
    </message>
    <message>
        <source>Observed during pairing.</source>
        <translation>Observé pendant le travail en binôme.</translation>
    </message>
    <message>
        <source>team requirements</source>
        <translation>exigences des équipes</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>missions</translation>
    </message>
    <message>
        <source>%1 platform hand-over</source>
        <translation>Transfert de la plateforme %1</translation>
    </message>
    <message>
        <source>Expert runs it; staff shadow.</source>
        <translation>L&apos;expert mène ; l&apos;équipe observe.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>Bite-size: %1</source>
        <translation>En bref : %1</translation>
    </message>
    <message>
        <source>Room Ada</source>
        <translation>Salle Ada</translation>
    </message>
    <message>
        <source>Apply it to one real change in your team&apos;s repository.</source>
        <translation>Appliquez-le à un vrai changement dans le dépôt de votre équipe.</translation>
    </message>
    <message>
        <source>Done on the payments stack; reviewed by the expert.</source>
        <translation>Fait sur la pile paiements ; relu par l&apos;expert.</translation>
    </message>
    <message>
        <source>Could not add a level proposal.</source>
        <translation>Impossible d&apos;ajouter la proposition de niveau.</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>summit</translation>
    </message>
    <message>
        <source>CoE Summit %1</source>
        <translation>CoE Summit %1</translation>
    </message>
    <message>
        <source>Harbour Conference Centre</source>
        <translation>Centre de congrès du Port</translation>
    </message>
    <message>
        <source>Main hall</source>
        <translation>Grande salle</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Labo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Welcome: a year of running it ourselves</source>
        <translation>Ouverture : un an à l&apos;exploiter nous-mêmes</translation>
    </message>
    <message>
        <source>Terraform state without tears</source>
        <translation>L&apos;état Terraform sans larmes</translation>
    </message>
    <message>
        <source>SLOs the business understands</source>
        <translation>Des SLO que le métier comprend</translation>
    </message>
    <message>
        <source>Hands-on: Helm charts from scratch</source>
        <translation>Atelier : des charts Helm de zéro</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Postmortems that change things</source>
        <translation>Des post-mortems qui changent les choses</translation>
    </message>
    <message>
        <source>Five secrets we leaked (and how)</source>
        <translation>Cinq secrets que nous avons laissé fuiter (et comment)</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Supply chain security in our pipelines</source>
        <translation>Sécurité de la chaîne d&apos;approvisionnement dans nos pipelines</translation>
    </message>
    <message>
        <source>Restore drill: the database is gone</source>
        <translation>Exercice de restauration : la base a disparu</translation>
    </message>
    <message>
        <source>Cluster upgrades without drama</source>
        <translation>Mises à niveau de cluster sans drame</translation>
    </message>
    <message>
        <source>OpenTelemetry in practice</source>
        <translation>OpenTelemetry en pratique</translation>
    </message>
    <message>
        <source>Closing: who runs what next quarter</source>
        <translation>Clôture : qui exploite quoi au prochain trimestre</translation>
    </message>
    <message>
        <source>Cost management for engineers</source>
        <translation>Gestion des coûts pour les ingénieurs</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>enregistrement</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>The %1 needs a name.</source>
        <translation>Il faut un nom (%1).</translation>
    </message>
    <message>
        <source>The %1&apos;s name is longer than 200 characters.</source>
        <translation>Le nom (%1) dépasse 200 caractères.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>There is already a team named &apos;%1&apos;.</source>
        <translation>Une équipe nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Add team %1</source>
        <translation>Ajouter l&apos;équipe %1</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>Modifier l&apos;équipe %1</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>There is already a role named &apos;%1&apos;.</source>
        <translation>Un rôle nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Add role %1</source>
        <translation>Ajouter le rôle %1</translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation>Modifier le rôle %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Someone else already has the email %1.</source>
        <translation>Quelqu&apos;un d&apos;autre a déjà l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>There is already a category named &apos;%1&apos; here.</source>
        <translation>Une catégorie nommée « %1 » existe déjà ici.</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>Ajouter la catégorie %1</translation>
    </message>
    <message>
        <source>A category cannot be placed inside itself.</source>
        <translation>Une catégorie ne peut pas être placée dans elle-même.</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>Modifier la catégorie %1</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>compétence</translation>
    </message>
    <message>
        <source>Choose a category for the skill %1.</source>
        <translation>Choisissez une catégorie pour la compétence %1.</translation>
    </message>
    <message>
        <source>There is already a skill named &apos;%1&apos;.</source>
        <translation>Une compétence nommée « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>Add skill %1</source>
        <translation>Ajouter la compétence %1</translation>
    </message>
    <message>
        <source>Edit skill %1</source>
        <translation>Modifier la compétence %1</translation>
    </message>
    <message>
        <source>Change the proficiency scale</source>
        <translation>Modifier l&apos;échelle de maîtrise</translation>
    </message>
    <message>
        <source>Interest goes from 0 to %1, not %2.</source>
        <translation>L&apos;intérêt va de 0 à %1, pas %2.</translation>
    </message>
    <message>
        <source>Level %1 is not on this workspace&apos;s scale.</source>
        <translation>Le niveau %1 ne fait pas partie de l&apos;échelle de cet espace de travail.</translation>
    </message>
    <message>
        <source>Assess skill</source>
        <translation>Évaluer une compétence</translation>
    </message>
    <message>
        <source>Change the role&apos;s targets</source>
        <translation>Modifier les objectifs du rôle</translation>
    </message>
    <message>
        <source>A requirement of another team was given for this team.</source>
        <translation>Une exigence d’une autre équipe a été donnée pour cette équipe.</translation>
    </message>
    <message>
        <source>Change the skill requirements</source>
        <translation>Modifier les exigences de compétences</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %n cell(s) from %1</source>
        <translation>
            <numerusform>Importer %n cellule depuis %1</numerusform>
            <numerusform>Importer %n cellules depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not redo &apos;%1&apos;: %2</source>
        <translation>Impossible de rétablir « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not undo &apos;%1&apos;: %2</source>
        <translation>Impossible d&apos;annuler « %1 » : %2</translation>
    </message>
    <message>
        <source>The workspace changed while %1 was being checked (people or skills were added or edited by someone else); nothing was written. Import the file again.</source>
        <translation>L’espace de travail a changé pendant la vérification de %1 (quelqu’un d’autre a ajouté ou modifié des personnes ou des compétences) ; rien n’a été écrit. Importez de nouveau le fichier.</translation>
    </message>
</context>
<context>
    <name>Interest</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Curious</source>
        <translation>Curieux</translation>
    </message>
    <message>
        <source>Keen</source>
        <translation>Motivé</translation>
    </message>
    <message>
        <source>Wants to lead</source>
        <translation>Veut mener</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message>
        <source>There is no team named &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas d&apos;équipe nommée « %1 ».</translation>
    </message>
    <message>
        <source>There is no skill category named &apos;%1&apos;.</source>
        <translation>Il n&apos;y a pas de catégorie de compétences nommée « %1 ».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the matrix needs %L2 rows and a spreadsheet holds at most %L3. Export the wide form, one team or one category, or CSV.</source>
        <translation>Impossible d&apos;écrire %1 : la matrice demande %L2 lignes et une feuille de calcul en contient au plus %L3. Exportez la forme large, une seule équipe ou une seule catégorie, ou en CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: the matrix needs %L2 columns and a spreadsheet holds at most %L3. Export the long form, one category, or CSV.</source>
        <translation>Impossible d&apos;écrire %1 : la matrice demande %L2 colonnes et une feuille de calcul en contient au plus %L3. Exportez la forme longue, une seule catégorie, ou en CSV.</translation>
    </message>
    <message>
        <source>Pick a level from the list or type its number: %1</source>
        <translation>Choisissez un niveau dans la liste ou tapez son numéro : %1</translation>
    </message>
    <message>
        <source>Pick a level from the list or type its number: %1 … %2</source>
        <translation>Choisissez un niveau dans la liste ou tapez son numéro : %1 … %2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Cannot write %1: no room for a temporary file in %2.</source>
        <translation>Impossible d&apos;écrire %1 : pas de place pour un fichier temporaire dans %2.</translation>
    </message>
    <message>
        <source>Not a level</source>
        <translation>Pas un niveau</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full. Free some space and try again.</source>
        <translation>Impossible d&apos;écrire %1 : le disque est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
</context>
<context>
    <name>MatrixImport</name>
    <message>
        <source>0 to %1, or a label such as %2</source>
        <translation>0 à %1, ou un libellé comme %2</translation>
    </message>
    <message>
        <source>%1: no Person (or Name) column in the header row.</source>
        <translation>%1 : pas de colonne Person (ou Name) dans la ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>%1: no skill named &apos;%2&apos; in this workspace (import with --create-missing to add it)</source>
        <translation>%1 : aucune compétence nommée « %2 » dans cet espace de travail (importez avec --create-missing pour l&apos;ajouter)</translation>
    </message>
    <message>
        <source>%1: %2 people are named &apos;%3&apos;; add an Email column to tell them apart</source>
        <translation>%1 : %2 personnes s&apos;appellent « %3 » ; ajoutez une colonne Email pour les distinguer</translation>
    </message>
    <message>
        <source>%1: no person &apos;%2&apos; in this workspace (import with --create-missing to add them)</source>
        <translation>%1 : aucune personne « %2 » dans cet espace de travail (importez avec --create-missing pour l&apos;ajouter)</translation>
    </message>
    <message>
        <source>%1: a header row but no data rows</source>
        <translation>%1 : une ligne d&apos;en-tête mais aucune ligne de données</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header has %3</source>
        <translation>%1 a %2 champs, l&apos;en-tête en a %3</translation>
    </message>
    <message>
        <source>%1: the person&apos;s name is empty</source>
        <translation>%1 : le nom de la personne est vide</translation>
    </message>
    <message>
        <source>%1: %2 appears on more than one row</source>
        <translation>%1 : %2 apparaît sur plus d&apos;une ligne</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a level (%3)</source>
        <translation>%1 : « %2 » n&apos;est pas un niveau (%3)</translation>
    </message>
    <message>
        <source>%1: the person or skill is empty</source>
        <translation>%1 : la personne ou la compétence est vide</translation>
    </message>
    <message>
        <source>%1: the source is self, lead or consultant, not &apos;%2&apos;</source>
        <translation>%1 : la source est self, lead ou consultant, pas « %2 »</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1 : « %2 » n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1: %2 / %3 appears twice for the same source and date</source>
        <translation>%1 : %2 / %3 apparaît deux fois pour la même source et la même date</translation>
    </message>
    <message>
        <source>%1: a long file needs a Skill and a Level column.</source>
        <translation>%1 : un fichier long doit avoir une colonne Skill et une colonne Level.</translation>
    </message>
    <message>
        <source>This workspace numbers its people or skills past 2,147,483,647, which an import cannot address; copy the workspace to renumber them.</source>
        <translation>Cet espace de travail numérote ses personnes ou compétences au-delà de 2 147 483 647, ce qu&apos;un import ne peut pas adresser ; copiez l&apos;espace de travail pour les renuméroter.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells to import; import it in parts.</source>
        <translation>%1 a plus de %2 cellules à importer ; importez-le en plusieurs parties.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a name of %2 characters; names are at most %3</source>
        <translation>%1 : un nom de %2 caractères ; les noms en ont au plus %3</translation>
    </message>
    <message>
        <source>%1: an email address of %2 characters; addresses are at most %3</source>
        <translation>%1 : une adresse e-mail de %2 caractères ; les adresses en ont au plus %3</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 est vide : une ligne d&apos;en-tête et des lignes de données sont attendues.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>L&apos;import de %1 a été annulé ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading to schema version %1 (%2) failed: %3</source>
        <translation>La mise à niveau vers la version de schéma %1 (%2) a échoué : %3</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, feuille %2</translation>
    </message>
    <message>
        <source>the sheet&apos;s content.xml</source>
        <translation>le content.xml de la feuille</translation>
    </message>
    <message>
        <source>a paragraph of a cell does not end</source>
        <translation>un paragraphe d&apos;une cellule ne se termine pas</translation>
    </message>
</context>
<context>
    <name>OdsWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>Impossible d&apos;écrire %1 : le fichier n&apos;a pas été ouvert.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>nobody in the team yet; look wider or hire</source>
        <translation>personne dans l&apos;équipe pour l&apos;instant ; chercher ailleurs ou recruter</translation>
    </message>
    <message>
        <source>candidates %1</source>
        <translation>candidats : %1</translation>
    </message>
    <message>
        <source>%1: one more Independent needed; %2</source>
        <translation>%1 : une personne autonome de plus est nécessaire ; %2</translation>
    </message>
    <message>
        <source>%1: a Teacher is needed; %2</source>
        <translation>%1 : un formateur est nécessaire ; %2</translation>
    </message>
    <message>
        <source>Expert leads</source>
        <translation>L&apos;expert mène</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Staff leads</source>
        <translation>L&apos;équipe mène</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>%1: move from %2 to %3</source>
        <translation>%1 : passer de %2 à %3</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>Team readiness · %1</source>
        <translation>Maturité des équipes · %1</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Données au %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Readiness index %1 of 100</source>
        <translation>Indice de maturité %1 sur 100</translation>
    </message>
    <message>
        <source>Coverage %1 · Teachers %2 · Hand-over %3</source>
        <translation>Couverture %1 · Formateurs %2 · Transfert %3</translation>
    </message>
    <message>
        <source>Forecast at roll-off of %1 on %2: %3</source>
        <translation>Prévision au départ de %1 le %2 : %3</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Single points of failure (one internal Independent): %1</source>
        <translation>Points de défaillance uniques (une seule personne interne autonome) : %1</translation>
    </message>
    <message>
        <source>Consultant-dependent (no internal Independent): %1</source>
        <translation>Dépendant des consultants (aucune personne interne autonome) : %1</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Prochaines actions</translation>
    </message>
    <message>
        <source>Required skill</source>
        <translation>Compétence requise</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Have</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Compétences requises</translation>
    </message>
    <message>
        <source>single point of failure</source>
        <translation>point de défaillance unique</translation>
    </message>
    <message>
        <source>consultant-dependent</source>
        <translation>dépendant des consultants</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>The workspace has no teams yet, so there is nothing to report.</source>
        <translation>L&apos;espace de travail n&apos;a pas encore d&apos;équipes : il n&apos;y a rien à rapporter.</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>The new row of %1 got no id.</source>
        <translation>La nouvelle ligne de %1 n&apos;a pas reçu d&apos;identifiant.</translation>
    </message>
    <message>
        <source>This %1 was changed or deleted by someone else since you loaded it. Reload the view and make your change again.</source>
        <translation>Cet élément (%1) a été modifié ou supprimé par quelqu&apos;un d&apos;autre depuis son chargement. Rechargez la vue et refaites votre modification.</translation>
    </message>
    <message>
        <source>No row %1 in %2.</source>
        <translation>Aucune ligne %1 dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>It is still used by %n row(s) of %1.</source>
        <translation>
            <numerusform>C&apos;est encore utilisé par %n ligne de %1.</numerusform>
            <numerusform>C&apos;est encore utilisé par %n lignes de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CoE Studio named a table %1, which no workspace has.</source>
        <translation>CoE Studio a nommé une table %1, qu&apos;aucun espace de travail ne possède.</translation>
    </message>
    <message>
        <source>CoE Studio named a column %1 of %2, which that table does not have.</source>
        <translation>CoE Studio a nommé une colonne %1 de %2, que cette table n&apos;a pas.</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Unaware</source>
        <translation>Non initié</translation>
    </message>
    <message>
        <source>Has not worked with it yet.</source>
        <translation>N&apos;a pas encore travaillé avec.</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Watches an expert do it; can explain the steps.</source>
        <translation>Regarde un expert le faire ; sait expliquer les étapes.</translation>
    </message>
    <message>
        <source>Coached</source>
        <translation>Accompagné</translation>
    </message>
    <message>
        <source>Does it with an expert alongside.</source>
        <translation>Le fait avec un expert à ses côtés.</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <source>Does it alone, on real work, without help.</source>
        <translation>Le fait seul, sur du vrai travail, sans aide.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Can teach and mentor others.</source>
        <translation>Peut former et accompagner les autres.</translation>
    </message>
    <message>
        <source>A scale has between %1 and %2 levels, not %3.</source>
        <translation>Une échelle a entre %1 et %2 niveaux, pas %3.</translation>
    </message>
    <message>
        <source>Levels are numbered 0, 1, 2… in order; level %1 is numbered %2.</source>
        <translation>Les niveaux sont numérotés 0, 1, 2… dans l&apos;ordre ; le niveau %1 porte le numéro %2.</translation>
    </message>
    <message>
        <source>Level %1 has no label.</source>
        <translation>Le niveau %1 n&apos;a pas de libellé.</translation>
    </message>
    <message>
        <source>Two levels are labelled &apos;%1&apos;.</source>
        <translation>Deux niveaux s&apos;appellent « %1 ».</translation>
    </message>
    <message>
        <source>Level %1 has no colour.</source>
        <translation>Le niveau %1 n&apos;a pas de couleur.</translation>
    </message>
    <message>
        <source>Only one level can mean Independent.</source>
        <translation>Un seul niveau peut signifier « Autonome ».</translation>
    </message>
    <message>
        <source>Only one level can mean Teacher.</source>
        <translation>Un seul niveau peut signifier « Formateur ».</translation>
    </message>
    <message>
        <source>Mark the level that means Independent (readiness counts people at or above it).</source>
        <translation>Indiquez le niveau qui signifie « Autonome » (la maturité compte les personnes à ce niveau ou au-delà).</translation>
    </message>
    <message>
        <source>Mark the level that means Teacher.</source>
        <translation>Indiquez le niveau qui signifie « Formateur ».</translation>
    </message>
    <message>
        <source>The Teacher level must not be below the Independent level.</source>
        <translation>Le niveau « Formateur » ne peut pas être sous le niveau « Autonome ».</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Could not render the window.</source>
        <translation>Impossible de dessiner la fenêtre.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>There is no screen to capture.</source>
        <translation>Aucun écran à capturer.</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1, sheet %2, row %3, column %4</source>
        <translation>%1, feuille %2, ligne %3, colonne %4</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1, feuille %2, ligne %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 has more than %2 columns, the most a spreadsheet may have; nothing was imported.</source>
        <translation>%1 a plus de %2 colonnes, le maximum pour une feuille de calcul ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, feuille %2</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, the most a spreadsheet may have; nothing was imported.</source>
        <translation>%1 a plus de %2 lignes, le maximum pour une feuille de calcul ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters, the most a cell may hold; nothing was imported.</source>
        <translation>%1 contient plus de %2 caractères, le maximum pour une cellule ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters in all, more than any skill matrix needs; nothing was imported.</source>
        <translation>%1 contient plus de %2 caractères au total, plus que n&apos;en demande aucune matrice de compétences ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is password-protected or an Excel 97-2003 workbook (.xls), which cannot be read: remove the password, or save it as .xlsx, .ods or .csv, and import that.</source>
        <translation>%1 est protégé par un mot de passe ou est un classeur Excel 97-2003 (.xls), qui ne peut pas être lu : retirez le mot de passe, ou enregistrez-le en .xlsx, .ods ou .csv, et importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet workbook (.%2) although its name says so.</source>
        <translation>%1 n&apos;est pas un classeur (.%2), bien que son nom l&apos;indique.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 est vide : une ligne d&apos;en-tête et des lignes de données sont attendues.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>It looks like a ZIP or an Excel (.xlsx) file; to read a spreadsheet, use File ▸ Import.</source>
        <translation>Il ressemble à un fichier ZIP ou Excel (.xlsx) ; pour lire un tableur, utilisez Fichier ▸ Importer.</translation>
    </message>
    <message>
        <source>It looks like a PDF document.</source>
        <translation>Il ressemble à un document PDF.</translation>
    </message>
    <message>
        <source>It looks like a text file; to read a CSV file, use File ▸ Import.</source>
        <translation>Il ressemble à un fichier texte ; pour lire un fichier CSV, utilisez Fichier ▸ Importer.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Il n&apos;y a pas d&apos;espace de travail à %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 est un dossier, pas un fichier d&apos;espace de travail.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a CoE Studio workspace.</source>
        <translation>%1 est vide (0 octet) : ce n&apos;est donc pas un espace de travail CoE Studio.</translation>
    </message>
    <message>
        <source>%1 is not a CoE Studio workspace: it is not an SQLite database.</source>
        <translation>%1 n&apos;est pas un espace de travail CoE Studio : ce n&apos;est pas une base SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes, shorter than an SQLite header). Restore it from a backup.</source>
        <translation>%1 est endommagé : il est tronqué (%2 octets, moins qu&apos;un en-tête SQLite). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes; its header promises %3). Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.</source>
        <translation>%1 est endommagé : il est tronqué (%2 octets ; son en-tête en annonce %3). Restaurez-le depuis une sauvegarde ; CoE Studio en garde une copie *.backup-*.coe à côté avant chaque mise à niveau.</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written). Make them writable, or copy the workspace somewhere you can write to.</source>
        <translation>%1 est en lecture seule (le fichier ou son dossier ne peut pas être modifié). Rendez-les modifiables, ou copiez l&apos;espace de travail à un endroit où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>table</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>déclencheur</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1 est endommagé (%2). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>CoE Studio could not compare %1 with its schema: %2</source>
        <translation>CoE Studio n&apos;a pas pu comparer %1 à son schéma : %2</translation>
    </message>
    <message>
        <source>Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.</source>
        <translation>Restaurez-le depuis une sauvegarde ; CoE Studio en garde une copie *.backup-*.coe à côté avant chaque mise à niveau.</translation>
    </message>
    <message>
        <source>%1 holds a trigger, “%2” on %3, and CoE Studio never makes one: a trigger runs its own SQL on every edit and can change or delete data where undo cannot see it. Nothing was opened or changed. If you added it on purpose, remove it (DROP TRIGGER &quot;%2&quot;) and open the file again.</source>
        <translation>%1 contient un déclencheur, « %2 » sur %3, et CoE Studio n&apos;en crée jamais : un déclencheur exécute son propre SQL à chaque modification et peut changer ou supprimer des données à l&apos;insu de la fonction Annuler. Rien n&apos;a été ouvert ni modifié. Si vous l&apos;avez ajouté volontairement, supprimez-le (DROP TRIGGER &quot;%2&quot;) et rouvrez le fichier.</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: it has no %2 “%3”. %4</source>
        <translation>%1 n&apos;est pas tel que CoE Studio l&apos;a créé : il y manque l&apos;objet « %3 » (%2). %4</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: “%2” is a %3 where CoE Studio keeps a %4. %5</source>
        <translation>%1 n&apos;est pas tel que CoE Studio l&apos;a créé : « %2 » est de type %3, alors que chez CoE Studio il est de type %4. %5</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: the %2 “%3” was changed by another program (schema version %4 defines it otherwise). %5</source>
        <translation>%1 n&apos;est pas tel que CoE Studio l&apos;a créé : l&apos;objet « %3 » (%2) a été modifié par un autre programme (la version de schéma %4 le définit autrement). %5</translation>
    </message>
    <message>
        <source>%1 holds an index, “%2” on %3, that CoE Studio never makes; it can make CoE Studio&apos;s edits fail. Nothing was opened or changed. If you added it on purpose, remove it (DROP INDEX &quot;%2&quot;) and open the file again.</source>
        <translation>%1 contient un index, « %2 » sur %3, que CoE Studio ne crée jamais ; il peut faire échouer les modifications de CoE Studio. Rien n&apos;a été ouvert ni modifié. Si vous l&apos;avez ajouté volontairement, supprimez-le (DROP INDEX &quot;%2&quot;) et rouvrez le fichier.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>scale: %1 levels (a scale has 2 to 11)</source>
        <translation>échelle : %1 niveaux (une échelle en a de 2 à 11)</translation>
    </message>
    <message>
        <source>scale: %1 levels are not numbered 0 to %1 - 1 (highest is %2)</source>
        <translation>échelle : %1 niveaux ne sont pas numérotés de 0 à %1 - 1 (le plus haut est %2)</translation>
    </message>
    <message>
        <source>scale: no level means %1</source>
        <translation>échelle : aucun niveau ne signifie %1</translation>
    </message>
    <message>
        <source>scale: the Teacher level %1 is below the Independent level %2</source>
        <translation>échelle : le niveau Formateur %1 est sous le niveau Autonome %2</translation>
    </message>
    <message>
        <source>engagement &apos;%1&apos;: consultant %2 is not marked external</source>
        <translation>mission « %1 » : le consultant %2 n&apos;est pas marqué externe</translation>
    </message>
    <message>
        <source>capability &apos;%1&apos;: owner %2 is external; owners are internal staff</source>
        <translation>capacité « %1 » : le responsable %2 est externe ; les responsables sont internes</translation>
    </message>
    <message>
        <source>capability &apos;%1&apos; has no phase</source>
        <translation>la capacité « %1 » n&apos;a pas de phase</translation>
    </message>
    <message>
        <source>skill category &apos;%1&apos; is its own ancestor</source>
        <translation>la catégorie « %1 » est sa propre ancêtre</translation>
    </message>
    <message>
        <source>skill category &apos;%1&apos; appears %2 times at the top level</source>
        <translation>la catégorie « %1 » apparaît %2 fois au premier niveau</translation>
    </message>
    <message>
        <source>level proposal %1 is accepted but recorded no assessment</source>
        <translation>la proposition de niveau %1 est acceptée mais n&apos;a enregistré aucune évaluation</translation>
    </message>
    <message>
        <source>summit item &apos;%1&apos; is scheduled in room %2 of another summit</source>
        <translation>l&apos;élément « %1 » est programmé dans la salle %2 d&apos;un autre summit</translation>
    </message>
    <message>
        <source>summit item &apos;%1&apos; is in track %2 of another summit</source>
        <translation>l&apos;élément « %1 » est dans le parcours %2 d&apos;un autre summit</translation>
    </message>
    <message>
        <source>summit item &apos;%1&apos; is scheduled at %2, outside the summit&apos;s dates</source>
        <translation>l&apos;élément « %1 » est programmé le %2, hors des dates du summit</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>No workspace given: name a .coe file or a postgresql://user@host:port/database URL.</source>
        <translation>Aucun espace de travail indiqué : donnez un fichier .coe ou une URL postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: write postgresql://user@host:port/database.</source>
        <translation>« %1 » n&apos;est pas une URL PostgreSQL valide : écrivez postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>The port in &apos;%1&apos; must be between 1 and 65535.</source>
        <translation>Le port dans « %1 » doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: the part %2 that should hold sheet %3 is missing; nothing was imported.</source>
        <translation>%1 est endommagé : la partie %2 qui devrait contenir la feuille %3 manque ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, feuille %2</translation>
    </message>
    <message>
        <source>the worksheet</source>
        <translation>la feuille de calcul</translation>
    </message>
    <message>
        <source>%1 is refused: its shared strings hold more than %2 of text, more than a workbook of this size may need; nothing was imported.</source>
        <translation>%1 est refusé : ses chaînes partagées (shared strings) contiennent plus de %2 de texte, plus que n&apos;en demande un classeur de cette taille ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>line %1: a row is numbered “%2”</source>
        <translation>ligne %1 : une rangée est numérotée « %2 »</translation>
    </message>
    <message>
        <source>line %1: row %2 comes after row %3; rows must be in order</source>
        <translation>ligne %1 : la rangée %2 vient après la rangée %3 ; les rangées doivent être dans l&apos;ordre</translation>
    </message>
    <message>
        <source>line %1: a cell is named “%2”</source>
        <translation>ligne %1 : une cellule s&apos;appelle « %2 »</translation>
    </message>
    <message>
        <source>cell %1%2 refers to shared string %3, but there are %4</source>
        <translation>la cellule %1%2 renvoie à la chaîne partagée %3, mais il n&apos;y en a que %4</translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <source>%1: %2 is damaged (%3); nothing was imported.</source>
        <translation>%1 : %2 est endommagé (%3) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is refused: %2 declares a document type (DTD), which workbooks never do and which can hide entity expansion or external entities; nothing was imported.</source>
        <translation>%1 est refusé : %2 déclare un type de document (DTD), ce que les classeurs ne font jamais et qui peut cacher une expansion d&apos;entités ou des entités externes ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is refused: %2 nests elements more than %3 deep, more than any workbook does; nothing was imported.</source>
        <translation>%1 est refusé : %2 imbrique des éléments sur plus de %3 niveaux, plus qu&apos;aucun classeur ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: the ZIP archive it should be has no end (was the file cut short while it was copied or downloaded?); nothing was imported.</source>
        <translation>%1 est endommagé ou incomplet : l&apos;archive ZIP qu&apos;il devrait être n&apos;a pas de fin (le fichier a-t-il été tronqué lors d&apos;une copie ou d&apos;un téléchargement ?) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is damaged: its ZIP archive cannot be read (%2); nothing was imported.</source>
        <translation>%1 est endommagé : son archive ZIP ne peut pas être lue (%2) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no part %2, which it needs; nothing was imported.</source>
        <translation>%1 est endommagé : il lui manque la partie %2, dont il a besoin ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to %3, more than the %4 a workbook may need; nothing was imported.</source>
        <translation>%1 est refusé : sa partie %2 se décompresse en %3, plus que les %4 dont un classeur peut avoir besoin ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than %3 times its compressed size (%4 from %5 bytes), as a zip bomb does; nothing was imported.</source>
        <translation>%1 est refusé : sa partie %2 se décompresse en plus de %3 fois sa taille compressée (%4 à partir de %5 octets), comme le fait une bombe ZIP ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: its part %2 is compressed with a method (%3) that cannot be read; save the workbook again with your spreadsheet program and import that.</source>
        <translation>%1 : sa partie %2 est compressée avec une méthode (%3) qui ne peut pas être lue ; enregistrez à nouveau le classeur avec votre tableur et importez-le.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read; nothing was imported.</source>
        <translation>%1 est endommagé : sa partie %2 ne peut pas être lue ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 is larger than %3, more than any workbook needs; nothing was imported.</source>
        <translation>%1 est refusé : sa partie %2 dépasse %3, plus que n&apos;en demande aucun classeur ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 n&apos;a aucune feuille.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>%1 n&apos;a pas de feuille nommée « %2 » ; ses feuilles sont : %3.</translation>
    </message>
    <message>
        <source>%1 is password-protected, which cannot be read: open it in your spreadsheet program, save it without a password, and import that.</source>
        <translation>%1 est protégé par un mot de passe et ne peut pas être lu : ouvrez-le dans votre tableur, enregistrez-le sans mot de passe, et importez ce fichier.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no content.xml, which an OpenDocument spreadsheet needs; nothing was imported.</source>
        <translation>%1 est endommagé : il n&apos;a pas de content.xml, dont un classeur OpenDocument a besoin ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is a ZIP file but not a spreadsheet (.xlsx or .ods); nothing was imported.</source>
        <translation>%1 est un fichier ZIP mais pas une feuille de calcul (.xlsx ou .ods) ; rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>coe::Conflicts</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>an unknown room</source>
        <translation>une salle inconnue</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>%1 and %2 overlap in %3 (%4).</source>
        <translation>%1 et %2 se chevauchent dans %3 (%4).</translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 seats %4 (%5).</source>
        <translation>%1 attend %2 personnes mais %3 compte %4 places (%5).</translation>
    </message>
    <message>
        <source>%1 needs %2, which %3 does not have (%4).</source>
        <translation>%1 a besoin de %2, que %3 n’a pas (%4).</translation>
    </message>
    <message>
        <source>%1 is on %2, outside the summit&apos;s days (%3 to %4).</source>
        <translation>%1 a lieu le %2, hors des jours du summit (%3 au %4).</translation>
    </message>
    <message>
        <source>%1 (%2) is outside venue hours, %3–%4.</source>
        <translation>%1 (%2) est hors des heures d’ouverture, %3–%4.</translation>
    </message>
    <message>
        <source>%1 speaks in %2 and %3 at the same time (%4).</source>
        <translation>%1 intervient en même temps dans %2 et %3 (%4).</translation>
    </message>
    <message>
        <source>%1 is not available for %2 (%3).</source>
        <translation>%1 n’est pas disponible pour %2 (%3).</translation>
    </message>
    <message>
        <source>%1 has only %2 min to get from %3 to %4 for %5 (%6).</source>
        <translation>%1 n’a que %2 min pour aller de %3 à %4 pour %5 (%6).</translation>
    </message>
</context>
<context>
    <name>coe::CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>%1 n&apos;est pas du texte UTF-8 (ligne %2). Enregistrez-le au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file (it contains binary data on line %2).</source>
        <translation>%1 n&apos;est pas un fichier texte CSV (il contient des données binaires à la ligne %2).</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text. Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>%1 est du texte UTF-16. Enregistrez-le au format « CSV UTF-8 » et réessayez.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1, ligne %2 : un champ entre guillemets n&apos;est jamais fermé (il manque un &quot;).</translation>
    </message>
</context>
<context>
    <name>coe::Frab</name>
    <message>
        <source>%1 has no conference title; CoE Studio names the new summit after it.</source>
        <translation>%1 n’a pas de titre de conférence ; CoE Studio nomme le nouveau summit d’après lui.</translation>
    </message>
    <message>
        <source>%1: %2 has no date and start time; skipped.</source>
        <translation>%1 : %2 n’a ni date ni heure de début ; ignoré.</translation>
    </message>
    <message>
        <source>%1: %2 has no readable duration (“%3”); skipped.</source>
        <translation>%1 : %2 n’a pas de durée lisible (« %3 ») ; ignoré.</translation>
    </message>
    <message>
        <source>%1: %2 has no title; skipped.</source>
        <translation>%1 : %2 n’a pas de titre ; ignoré.</translation>
    </message>
    <message>
        <source>Unnamed room</source>
        <translation>Salle sans nom</translation>
    </message>
    <message>
        <source>%1 has no dates and no events with times.</source>
        <translation>%1 n’a ni dates ni événements avec horaires.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 n’est pas du JSON valide (à l’octet %2 : %3).</translation>
    </message>
    <message>
        <source>%1 is JSON but not a frab schedule: it has no “conference”.</source>
        <translation>%1 est du JSON mais pas un programme frab : il n’a pas de « conference ».</translation>
    </message>
    <message>
        <source>event %1 (“%2”)</source>
        <translation>événement %1 (« %2 »)</translation>
    </message>
    <message>
        <source>event %1 (“%2”, line %3)</source>
        <translation>événement %1 (« %2 », ligne %3)</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4).</source>
        <translation>%1 n’est pas du XML bien formé (ligne %2, colonne %3 : %4).</translation>
    </message>
    <message>
        <source>%1 is XML but not a frab schedule: it has no &lt;schedule&gt; element.</source>
        <translation>%1 est du XML mais pas un programme frab : il n’a pas d’élément &lt;schedule&gt;.</translation>
    </message>
    <message>
        <source>%1 ends early (line %2); read what was there.</source>
        <translation>%1 se termine trop tôt (ligne %2) ; ce qui s’y trouvait a été lu.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is neither XML nor JSON, so it is not a frab schedule.</source>
        <translation>%1 n’est ni du XML ni du JSON, ce n’est donc pas un programme frab.</translation>
    </message>
    <message>
        <source>A summit named “%1” already exists. Rename or delete it first, then import again.</source>
        <translation>Un summit nommé « %1 » existe déjà. Renommez-le ou supprimez-le, puis importez à nouveau.</translation>
    </message>
    <message>
        <source>Import schedule “%1”</source>
        <translation>Importer le programme « %1 »</translation>
    </message>
    <message>
        <source>%1 holds more than %2 %3 (line %4); CoE Studio imports at most %2 from one schedule.</source>
        <translation>%1 contient plus de %2 %3 (ligne %4) ; CoE Studio en importe au plus %2 d’un même programme.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 %3; CoE Studio imports at most %2 from one schedule.</source>
        <translation>%1 contient plus de %2 %3 ; CoE Studio en importe au plus %2 d’un même programme.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; frab schedules are UTF-8. Save it as UTF-8 and try again.</source>
        <translation>%1 est du texte UTF-16 ; les programmes frab sont en UTF-8. Enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2); frab schedules are UTF-8. Save it as UTF-8 and try again.</source>
        <translation>%1 n’est pas du texte UTF-8 (ligne %2) ; les programmes frab sont en UTF-8. Enregistrez-le en UTF-8 et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds a NUL byte on line %2.</source>
        <translation>%1 n’est pas un fichier texte : il contient un octet NUL à la ligne %2.</translation>
    </message>
    <message>
        <source>%1 nests arrays and objects more than %2 deep (line %3); a frab schedule needs about ten.</source>
        <translation>%1 imbrique des tableaux et des objets sur plus de %2 niveaux (ligne %3) ; un programme frab en demande une dizaine.</translation>
    </message>
    <message>
        <source>%1 holds a string of more than %2 MB (line %3); no field of a schedule is that long.</source>
        <translation>%1 contient une chaîne de plus de %2 Mo (ligne %3) ; aucun champ d’un programme n’est aussi long.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 MB of text without markup (line %3); no field of a schedule is that long.</source>
        <translation>%1 contient plus de %2 Mo de texte sans balisage (ligne %3) ; aucun champ d’un programme n’est aussi long.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 JSON values (line %3); a schedule of %4 events holds far fewer.</source>
        <translation>%1 contient plus de %2 valeurs JSON (ligne %3) ; un programme de %4 événements en contient bien moins.</translation>
    </message>
    <message>
        <source>%1 declares a document type (DTD, line %2), which frab schedules never do and which can hide entity expansion or external entities; nothing was imported.</source>
        <translation>%1 déclare un type de document (DTD, ligne %2), ce que les programmes frab ne font jamais et qui peut cacher une expansion d’entités ou des entités externes ; rien n’a été importé.</translation>
    </message>
    <message>
        <source>%1 nests elements more than %2 deep (line %3); a frab schedule needs about six.</source>
        <translation>%1 imbrique des éléments sur plus de %2 niveaux (ligne %3) ; un programme frab en demande environ six.</translation>
    </message>
    <message>
        <source>%1 of %2 characters; %3 are at most %4</source>
        <translation>%1 de %2 caractères ; %3 en ont au plus %4</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un titre</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>les titres</translation>
    </message>
    <message>
        <source>a room name</source>
        <translation>un nom de salle</translation>
    </message>
    <message>
        <source>names</source>
        <translation>les noms</translation>
    </message>
    <message>
        <source>a track name</source>
        <translation>un nom de parcours</translation>
    </message>
    <message>
        <source>a type</source>
        <translation>un type</translation>
    </message>
    <message>
        <source>types</source>
        <translation>les types</translation>
    </message>
    <message>
        <source>a guid</source>
        <translation>un GUID</translation>
    </message>
    <message>
        <source>guids</source>
        <translation>les GUID</translation>
    </message>
    <message>
        <source>an abstract</source>
        <translation>un résumé</translation>
    </message>
    <message>
        <source>abstracts</source>
        <translation>les résumés</translation>
    </message>
    <message>
        <source>a speaker&apos;s name</source>
        <translation>un nom d’intervenant</translation>
    </message>
    <message>
        <source>a speaker&apos;s email address</source>
        <translation>une adresse e-mail d’intervenant</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>les adresses</translation>
    </message>
    <message>
        <source>%1: the conference title is %2 characters long; the summit is named after it, and names are at most %3.</source>
        <translation>%1 : le titre de la conférence fait %2 caractères ; le summit porte son nom, et les noms en ont au plus %3.</translation>
    </message>
    <message>
        <source>%1: a room name of %2 characters; names are at most %3.</source>
        <translation>%1 : un nom de salle de %2 caractères ; les noms en ont au plus %3.</translation>
    </message>
    <message>
        <source>%1: a track name of %2 characters; names are at most %3.</source>
        <translation>%1 : un nom de parcours de %2 caractères ; les noms en ont au plus %3.</translation>
    </message>
    <message>
        <source>%1: %2 has %3.</source>
        <translation>%1 : %2 a %3.</translation>
    </message>
    <message>
        <source>%1: %2 has %3 speakers; an event has at most %4.</source>
        <translation>%1 : %2 a %3 intervenants ; un événement en a au plus %4.</translation>
    </message>
    <message>
        <source>%1: %2 has the guid %3, like %4; each event&apos;s guid is its own.</source>
        <translation>%1 : %2 a le GUID %3, comme %4 ; chaque événement a son propre GUID.</translation>
    </message>
    <message>
        <source>%1: %2 has the date “%3”, which is not a date and time CoE Studio can read (such as 2025-03-27T09:00:00+01:00).</source>
        <translation>%1 : %2 a la date « %3 », que CoE Studio ne sait pas lire comme date et heure (il lit par exemple 2025-03-27T09:00:00+01:00).</translation>
    </message>
    <message>
        <source>%1: %2 takes place in the year %3; CoE Studio keeps dates from the year 1000 to 9999.</source>
        <translation>%1 : %2 a lieu en l’an %3 ; CoE Studio garde les dates de l’an 1000 à 9999.</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>salles</translation>
    </message>
    <message>
        <source>tracks</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>%1 spans %2 to %3 (its events run from “%4” to “%5”); a summit lasts at most %6 days.</source>
        <translation>%1 s’étend du %2 au %3 (ses événements vont de « %4 » à « %5 ») ; un summit dure au plus %6 jours.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>%1: %2 has more than %3 speakers; an event has at most %3.</source>
        <translation>%1 : %2 a plus de %3 intervenants ; un événement en a au plus %3.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a frab schedule is at most %3 MB.</source>
        <translation>%1 fait %2 Mo ; un programme frab fait au plus %3 Mo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a frab schedule may be.</source>
        <translation>%1 dépasse %2 Mo, la taille maximale d’un programme frab.</translation>
    </message>
    <message>
        <source>%1: unknown time zone “%2”; times keep the offset they carry (%3).</source>
        <translation>%1 : fuseau horaire « %2 » inconnu ; les heures gardent leur propre décalage (%3).</translation>
    </message>
    <message>
        <source>%1: %2 lasts %3 minutes; an event lasts from 0 minutes to the end of the schedule&apos;s last day.</source>
        <translation>%1 : %2 dure %3 minutes ; un événement dure de 0 minute jusqu’à la fin du dernier jour du programme.</translation>
    </message>
    <message>
        <source>%1: %2 lasts %3 minutes; CoE Studio keeps items of at least 5 minutes and used %4.</source>
        <translation>%1 : %2 dure %3 minutes ; CoE Studio garde les éléments d’au moins 5 minutes et a utilisé %4.</translation>
    </message>
    <message>
        <source>%1: event %2 (“%3”) starts %4 and lasts %5 minutes, past the end of the schedule&apos;s last day, %6.</source>
        <translation>%1 : l’événement %2 (« %3 ») commence le %4 et dure %5 minutes, au-delà de la fin du dernier jour du programme, le %6.</translation>
    </message>
</context>
<context>
    <name>coe::Ics</name>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Intervenants : %1</translation>
    </message>
    <message>
        <source>Knowledge-transfer sessions</source>
        <translation>Sessions de transfert de connaissances</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Compétences : %1</translation>
    </message>
</context>
<context>
    <name>coe::PeopleModel</name>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>External consultant</source>
        <translation>Consultant externe</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Personnel interne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
</context>
<context>
    <name>coe::PlanRepository</name>
    <message>
        <source>The workspace&apos;s time zone “%1” is unknown to this system, so its sessions&apos; times cannot be placed. Update the system&apos;s time zone data (tzdata), or open the workspace where that zone is known.</source>
        <translation>Le fuseau horaire « %1 » de l’espace de travail est inconnu de ce système : les heures de ses sessions ne peuvent donc pas être placées. Mettez à jour les données de fuseaux horaires du système (tzdata), ou ouvrez l’espace de travail sur un système qui connaît ce fuseau.</translation>
    </message>
</context>
<context>
    <name>coe::PostgresDialect</name>
    <message>
        <source>PostgreSQL at %1 refused the password for user &apos;%2&apos;. Check the user name and password.</source>
        <translation>PostgreSQL sur %1 a refusé le mot de passe de l&apos;utilisateur « %2 ». Vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>There is no database &apos;%1&apos; on the PostgreSQL server at %2. Check its name, or create the workspace there first (coectl init).</source>
        <translation>Il n&apos;y a pas de base « %1 » sur le serveur PostgreSQL %2. Vérifiez son nom, ou créez-y d&apos;abord l&apos;espace de travail (coectl init).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no user &apos;%2&apos;.</source>
        <translation>PostgreSQL sur %1 n&apos;a pas d&apos;utilisateur « %2 ».</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1. Check the address and port, that the server is running, and your network connection.</source>
        <translation>Impossible de joindre le serveur PostgreSQL %1. Vérifiez l&apos;adresse et le port, que le serveur tourne, et votre connexion réseau.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1: %2</source>
        <translation>PostgreSQL sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>coe::Programme</name>
    <message>
        <source>%1 levels short across %2 people; largest gaps in %3.</source>
        <translation>Il manque %1 niveaux chez %2 personnes ; plus gros écarts en %3.</translation>
    </message>
    <message>
        <source>The summit already has this track: give it more items.</source>
        <translation>Le summit a déjà ce parcours : donnez-lui plus d’éléments.</translation>
    </message>
    <message>
        <source>Teacher in %1 (gaps %2); not speaking at this summit yet.</source>
        <translation>Enseignant en %1 (écarts %2) ; n’intervient pas encore à ce summit.</translation>
    </message>
</context>
<context>
    <name>coe::Releases</name>
    <message>
        <source>%1, %2 %3–%4</source>
        <translation>%1, %2 %3–%4</translation>
    </message>
    <message>
        <source>was “%1”</source>
        <translation>était « %1 »</translation>
    </message>
    <message>
        <source>now “%1”</source>
        <translation>maintenant « %1 »</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>intervenants %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Release schedule version %1</source>
        <translation>Publier la version %1 du programme</translation>
    </message>
</context>
<context>
    <name>coe::ScaleModel</name>
    <message>
        <source>Independent</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Signifie</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Niveau %1</translation>
    </message>
</context>
<context>
    <name>coe::SkillMatrixModel</name>
    <message>
        <source>lead</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>consultant</translation>
    </message>
    <message>
        <source>self</source>
        <translation>soi-même</translation>
    </message>
    <message numerus="yes">
        <source>%1: average %2 over %n skill(s)</source>
        <translation>
            <numerusform>%1 : moyenne %2 sur %n compétence</numerusform>
            <numerusform>%1 : moyenne %2 sur %n compétences</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Consultant : %1</translation>
    </message>
    <message>
        <source>Self: %1</source>
        <translation>Soi-même : %1</translation>
    </message>
    <message>
        <source>Target: %1%2</source>
        <translation>Objectif : %1%2</translation>
    </message>
    <message>
        <source> (gap %1)</source>
        <translation> (écart %1)</translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation>Intérêt : %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique :</translation>
    </message>
    <message>
        <source>%1 (external consultant)</source>
        <translation>%1 (consultant externe)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level on this scale (0 to %2, or a label such as %3).</source>
        <translation>« %1 » n&apos;est pas un niveau de cette échelle (0 à %2, ou un libellé comme %3).</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>%1 (average)</source>
        <translation>%1 (moyenne)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the average of its %n skill(s); click the band to unfold it</source>
        <translation>
            <numerusform>%1 : moyenne sur %n compétence ; cliquez sur la bande pour déplier la catégorie</numerusform>
            <numerusform>%1 : moyenne sur %n compétences ; cliquez sur la bande pour déplier la catégorie</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2 %3 for %4</source>
        <translation>%1 mis à %2 %3 pour %4</translation>
    </message>
    <message>
        <source>Cleared %1 for %2</source>
        <translation>Effacé : %1 pour %2</translation>
    </message>
    <message>
        <source>Notes belong to a skill: pick a skill&apos;s cell, not a category&apos;s average.</source>
        <translation>Les notes appartiennent à une compétence : choisissez la cellule d&apos;une compétence, pas la moyenne d&apos;une catégorie.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La note est vide.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>%1, %2, average %3</source>
        <translation>%1, %2, moyenne %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>, objectif %1</translation>
    </message>
</context>
<context>
    <name>coe::SkillTreeModel</name>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n compétence</numerusform>
            <numerusform>%n compétences</numerusform>
        </translation>
    </message>
    <message>
        <source>Category or skill</source>
        <translation>Catégorie ou compétence</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>coe::SqliteDialect</name>
    <message>
        <source>SQLite could not switch to write-ahead logging.</source>
        <translation>SQLite n&apos;a pas pu passer en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>%1 is in use by another program that is writing to it (another CoE Studio window, or a sync tool). Close that program and try again.</source>
        <translation>%1 est utilisé par un autre programme qui y écrit (une autre fenêtre CoE Studio, ou un outil de synchronisation). Fermez ce programme et réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it or its folder is read-only. Make them writable, or copy the workspace somewhere you can write to.</source>
        <translation>%1 ne peut pas être écrit : lui ou son dossier est en lecture seule. Rendez-les modifiables, ou copiez l&apos;espace de travail à un endroit où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.</source>
        <translation>%1 est endommagé (%2). Restaurez-le depuis une sauvegarde ; CoE Studio en garde une copie *.backup-*.coe à côté avant chaque mise à niveau.</translation>
    </message>
    <message>
        <source>%1 is not a CoE Studio workspace: it is not an SQLite database, or it is encrypted or damaged.</source>
        <translation>%1 n&apos;est pas un espace de travail CoE Studio : ce n&apos;est pas une base SQLite, ou elle est chiffrée ou endommagée.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation>Le disque contenant %1 est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 ne peut pas être ouvert : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>storage: %1</source>
        <translation>stockage : %1</translation>
    </message>
    <message>
        <source>storage: row %1 of table %2 refers to a missing row of %3</source>
        <translation>stockage : la ligne %1 de la table %2 renvoie à une ligne manquante de %3</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again.</source>
        <translation>le disque est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>%1 holds a value of more than %2 MB, far more than CoE Studio writes; another program changed the file. Run coectl check on it to find where, then restore it from a backup.</source>
        <translation>%1 contient une valeur de plus de %2 Mo, bien plus que ce qu&apos;écrit CoE Studio ; un autre programme a modifié le fichier. Lancez coectl check dessus pour trouver où, puis restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>storage: a value of more than %1 MB keeps SQLite from checking every row</source>
        <translation>stockage : une valeur de plus de %1 Mo empêche SQLite de vérifier chaque ligne</translation>
    </message>
</context>
<context>
    <name>coe::SummitItem</name>
    <message>
        <source>Talk</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Lightning talk</source>
        <translation>Présentation éclair</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>coe::TimeZones</name>
    <message>
        <source>Times are shown in your zone (%1); the summit&apos;s is %2.</source>
        <translation>Les heures sont affichées dans votre fuseau (%1) ; celui du summit est %2.</translation>
    </message>
    <message>
        <source>Times are shown in your zone (%1); the session&apos;s is %2.</source>
        <translation>Les heures sont affichées dans votre fuseau (%1) ; celui de la session est %2.</translation>
    </message>
</context>
<context>
    <name>coe::Transfer</name>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Expert leads</source>
        <translation>L&apos;expert mène</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>Binôme</translation>
    </message>
    <message>
        <source>Staff leads</source>
        <translation>L&apos;équipe mène</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>%1 is still at Expert leads, %2 days before %3 rolls off.</source>
        <translation>%1 en est encore à « L’expert mène », %2 jours avant la fin de %3.</translation>
    </message>
    <message>
        <source>%1 is still at Expert leads, and %2 rolled off %3 days ago.</source>
        <translation>%1 en est encore à « L’expert mène », et %2 s’est terminé il y a %3 jours.</translation>
    </message>
    <message>
        <source>%1 owns %2 but is %3 in %4 (below Coached).</source>
        <translation>%1 porte %2 mais est %3 en %4 (sous « Accompagné »).</translation>
    </message>
    <message>
        <source>Teacher in %1</source>
        <translation>Enseignant en %1</translation>
    </message>
    <message>
        <source>Independent in %1</source>
        <translation>Autonome en %1</translation>
    </message>
    <message>
        <source>(external)</source>
        <translation>(externe)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(target %1)</source>
        <translation>(objectif %1)</translation>
    </message>
</context>
<context>
    <name>coe::Workspace</name>
    <message>
        <source>%1 is an SQLite database but not a CoE Studio workspace (it has no CoE Studio tables). Open a .coe file, or create a new workspace.</source>
        <translation>%1 est une base SQLite mais pas un espace de travail CoE Studio (elle n&apos;a pas de tables CoE Studio). Ouvrez un fichier .coe, ou créez un nouvel espace de travail.</translation>
    </message>
    <message>
        <source>%1 is not a complete CoE Studio workspace: it has no schema version.</source>
        <translation>%1 n&apos;est pas un espace de travail CoE Studio complet : il n&apos;a pas de version de schéma.</translation>
    </message>
    <message>
        <source>The Qt %1 database driver is not installed, so CoE Studio cannot open %2.</source>
        <translation>Le pilote de base de données Qt %1 n&apos;est pas installé : CoE Studio ne peut donc pas ouvrir %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 already exists; CoE Studio will not overwrite it. Choose another name, or open it.</source>
        <translation>%1 existe déjà ; CoE Studio ne l&apos;écrasera pas. Choisissez un autre nom, ou ouvrez-le.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 already holds a CoE Studio workspace; open it instead.</source>
        <translation>%1 contient déjà un espace de travail CoE Studio ; ouvrez-le plutôt.</translation>
    </message>
    <message>
        <source>The database %1 already holds other tables; CoE Studio needs an empty database.</source>
        <translation>La base %1 contient déjà d&apos;autres tables ; CoE Studio a besoin d&apos;une base vide.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer CoE Studio (schema version %2; this version reads up to %3). Update CoE Studio to open it.</source>
        <translation>%1 a été enregistré par un CoE Studio plus récent (version de schéma %2 ; cette version lit jusqu&apos;à %3). Mettez CoE Studio à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading %1: %2</source>
        <translation>Impossible de faire une copie de sauvegarde avant la mise à niveau de %1 : %2</translation>
    </message>
    <message>
        <source>The database %1 is empty: create a workspace in it first (File ▸ New workspace, or coectl init).</source>
        <translation>La base %1 est vide : créez-y d&apos;abord un espace de travail (Fichier ▸ Nouvel espace de travail, ou coectl init).</translation>
    </message>
    <message>
        <source>The database %1 is not a CoE Studio workspace (it holds other tables).</source>
        <translation>La base %1 n&apos;est pas un espace de travail CoE Studio (elle contient d&apos;autres tables).</translation>
    </message>
    <message>
        <source>%1 has no schema version.</source>
        <translation>%1 n&apos;a pas de version de schéma.</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>schéma : version %1, %2 attendue</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading %1: %2 cannot be written.</source>
        <translation>Impossible de faire une copie de sauvegarde avant la mise à niveau de %1 : impossible d’écrire %2.</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: “meta” is a %2, not a table. Restore it from a backup.</source>
        <translation>%1 n&apos;est pas tel que CoE Studio l&apos;a créé : « meta » est de type %2, pas une table. Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: its schema version is not a number (“%2”). Restore it from a backup.</source>
        <translation>%1 n&apos;est pas tel que CoE Studio l&apos;a créé : sa version de schéma n&apos;est pas un nombre (« %2 »). Restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>%1 n&apos;a pas pu être écrit entièrement.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>un nombre décimal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>des données binaires</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>%1 holds %2 MB; CoE Studio reads values of at most %3 MB</source>
        <translation>%1 contient %2 Mo ; CoE Studio lit des valeurs d&apos;au plus %3 Mo</translation>
    </message>
    <message>
        <source>%1 holds %2 where CoE Studio keeps %3</source>
        <translation>%1 contient %2 là où CoE Studio stocke %3</translation>
    </message>
</context>
<context>
    <name>coe::ZipEntryDevice</name>
    <message>
        <source>%1 is refused: its part %2 holds a run of more than %3 of text without markup, longer than any cell may hold; nothing was imported.</source>
        <translation>%1 est refusé : sa partie %2 contient une suite de plus de %3 de texte sans balisage, plus longue que ce qu&apos;une cellule peut contenir ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be decompressed (%3); nothing was imported.</source>
        <translation>%1 est endommagé : sa partie %2 ne peut pas être décompressée (%3) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 holds %3 bytes although its header says %4; nothing was imported.</source>
        <translation>%1 est endommagé : sa partie %2 contient %3 octets alors que son en-tête en annonce %4 ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 does not match its checksum (CRC-32); nothing was imported.</source>
        <translation>%1 est endommagé : sa partie %2 ne correspond pas à sa somme de contrôle (CRC-32) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 holds more than the %3 bytes its header says; nothing was imported.</source>
        <translation>%1 est endommagé : sa partie %2 contient plus que les %3 octets qu&apos;annonce son en-tête ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than the %3 a workbook may need; nothing was imported.</source>
        <translation>%1 est refusé : sa partie %2 se décompresse en plus que les %3 dont un classeur peut avoir besoin ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than %3 times its compressed size, as a zip bomb does; nothing was imported.</source>
        <translation>%1 est refusé : sa partie %2 se décompresse en plus de %3 fois sa taille compressée, comme le fait une bombe ZIP ; rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>coe::commands::SummitEdits</name>
    <message>
        <source>New summit “%1”</source>
        <translation>Nouveau summit « %1 »</translation>
    </message>
    <message>
        <source>Main hall</source>
        <translation>Grande salle</translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation>Planifier « %1 »</translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation>Retirer « %1 » du programme</translation>
    </message>
    <message>
        <source>The item is gone; reload the summit.</source>
        <translation>L’élément n’existe plus ; rechargez le summit.</translation>
    </message>
    <message>
        <source>Copy “%1” to all rooms</source>
        <translation>Copier « %1 » dans toutes les salles</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
    <message>
        <source>Edit summit “%1”</source>
        <translation>Modifier le summit « %1 »</translation>
    </message>
    <message>
        <source>Acknowledge a warning</source>
        <translation>Accepter un avertissement</translation>
    </message>
    <message>
        <source>Moved “%1” to %2, %3.</source>
        <translation>« %1 » déplacé vers %2, %3.</translation>
    </message>
    <message>
        <source>Move “%1” to %2 at %3</source>
        <translation>Déplacer « %1 » vers %2 à %3</translation>
    </message>
    <message>
        <source>“%1” now runs %2.</source>
        <translation>« %1 » a désormais lieu %2.</translation>
    </message>
    <message>
        <source>Resize “%1” to %2</source>
        <translation>Changer la durée de « %1 » : %2</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>« %1 » déplacé à %2.</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Déplacer « %1 » à %2</translation>
    </message>
    <message>
        <source>Add “%1” in %2 at %3</source>
        <translation>Ajouter « %1 » dans %2 à %3</translation>
    </message>
    <message>
        <source>Edit and unschedule “%1”</source>
        <translation>Modifier « %1 » et le retirer du programme</translation>
    </message>
    <message>
        <source>Edit “%1”, in %2 at %3</source>
        <translation>Modifier « %1 », dans %2 à %3</translation>
    </message>
    <message>
        <source>A track of “%1” needs a name.</source>
        <translation>Un parcours de « %1 » doit avoir un nom.</translation>
    </message>
    <message>
        <source>“%1” has a track “%2” already.</source>
        <translation>« %1 » a déjà un parcours « %2 ».</translation>
    </message>
</context>
<context>
    <name>coe::commands::TransferEdits</name>
    <message>
        <source>%1 is already at %2.</source>
        <translation>%1 est déjà à %2.</translation>
    </message>
    <message>
        <source>Moving %1 back to %2 needs a reason.</source>
        <translation>Ramener %1 à %2 demande une raison.</translation>
    </message>
    <message>
        <source>Give the date of the change.</source>
        <translation>Indiquez la date du changement.</translation>
    </message>
    <message>
        <source>%1 moved to %2 on %3; a later change cannot be dated before it.</source>
        <translation>%1 est passé à %2 le %3 ; un changement ultérieur ne peut pas être daté avant.</translation>
    </message>
    <message>
        <source>Move %1 back to %2</source>
        <translation>Ramener %1 à %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Passer %1 à %2</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Donnez un titre à la session.</translation>
    </message>
    <message>
        <source>A session lasts 15 to 90 minutes, not %1.</source>
        <translation>Une session dure de 15 à 90 minutes, pas %1.</translation>
    </message>
    <message>
        <source>Give the session a start.</source>
        <translation>Donnez un début à la session.</translation>
    </message>
    <message>
        <source>Add session “%1”</source>
        <translation>Ajouter la session « %1 »</translation>
    </message>
    <message>
        <source>Edit session “%1”</source>
        <translation>Modifier la session « %1 »</translation>
    </message>
    <message>
        <source>Apply “%1” to a task in your real work.</source>
        <translation>Appliquez « %1 » à une tâche de votre vrai travail.</translation>
    </message>
    <message>
        <source>Delete session “%1”</source>
        <translation>Supprimer la session « %1 »</translation>
    </message>
    <message>
        <source>Say what came out of it: the outcome is what the lead reviews.</source>
        <translation>Dites ce qui en est sorti : c’est le résultat que le responsable examine.</translation>
    </message>
    <message>
        <source>This task was already marked done on %1.</source>
        <translation>Cette tâche a déjà été marquée faite le %1.</translation>
    </message>
    <message>
        <source>Apply task done: %1</source>
        <translation>Tâche d’application faite : %1</translation>
    </message>
    <message>
        <source>This proposal was already decided.</source>
        <translation>Cette proposition a déjà été tranchée.</translation>
    </message>
    <message>
        <source>Accept level proposal</source>
        <translation>Accepter la proposition de niveau</translation>
    </message>
    <message>
        <source>From session “%1”</source>
        <translation>Issu de la session « %1 »</translation>
    </message>
    <message>
        <source>Say why: the attendee sees the reason.</source>
        <translation>Dites pourquoi : le participant voit la raison.</translation>
    </message>
    <message>
        <source>Reject level proposal</source>
        <translation>Rejeter la proposition de niveau</translation>
    </message>
    <message>
        <source>Give the engagement a name.</source>
        <translation>Donnez un nom à la mission.</translation>
    </message>
    <message>
        <source>Choose the team the engagement hands over to.</source>
        <translation>Choisissez l’équipe à laquelle la mission transmet.</translation>
    </message>
    <message>
        <source>The roll-off date must be on or after the start.</source>
        <translation>La date de fin doit être le jour du début ou après.</translation>
    </message>
    <message>
        <source>Add engagement “%1”</source>
        <translation>Ajouter la mission « %1 »</translation>
    </message>
    <message>
        <source>Edit engagement “%1”</source>
        <translation>Modifier la mission « %1 »</translation>
    </message>
    <message>
        <source>Delete engagement “%1”</source>
        <translation>Supprimer la mission « %1 »</translation>
    </message>
    <message>
        <source>Name the capability, e.g. “Roll back a release”.</source>
        <translation>Nommez la capacité, p. ex. « Annuler une version ».</translation>
    </message>
    <message>
        <source>Add capability “%1”</source>
        <translation>Ajouter la capacité « %1 »</translation>
    </message>
    <message>
        <source>Edit capability “%1”</source>
        <translation>Modifier la capacité « %1 »</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Delete capability “%1”</source>
        <translation>Supprimer la capacité « %1 »</translation>
    </message>
    <message>
        <source>Say what the attendee should do.</source>
        <translation>Dites ce que le participant doit faire.</translation>
    </message>
    <message>
        <source>Edit Apply task</source>
        <translation>Modifier la tâche d’application</translation>
    </message>
    <message>
        <source>Select the proposals to accept.</source>
        <translation>Sélectionnez les propositions à accepter.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n level proposal(s)</source>
        <translation>
            <numerusform>Accepter %n proposition de niveau</numerusform>
            <numerusform>Accepter %n propositions de niveau</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the proposals to reject.</source>
        <translation>Sélectionnez les propositions à rejeter.</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n level proposal(s)</source>
        <translation>
            <numerusform>Rejeter %n proposition de niveau</numerusform>
            <numerusform>Rejeter %n propositions de niveau</numerusform>
        </translation>
    </message>
    <message>
        <source>Session “%1”: “%2” is not a time zone this system knows (e.g. Europe/Berlin, UTC+01:00, or none for the workspace&apos;s zone).</source>
        <translation>Session « %1 » : « %2 » n’est pas un fuseau horaire connu de ce système (par ex. Europe/Berlin, UTC+01:00, ou none pour le fuseau de l’espace de travail).</translation>
    </message>
    <message>
        <source>Name the workspace&apos;s time zone, such as Europe/Berlin or UTC+01:00.</source>
        <translation>Indiquez le fuseau horaire de l’espace de travail, par ex. Europe/Berlin ou UTC+01:00.</translation>
    </message>
</context>
<context>
    <name>coe::commands::WorkspaceEdits</name>
    <message>
        <source>Name the workspace&apos;s time zone, such as Europe/Berlin or UTC+01:00.</source>
        <translation>Indiquez le fuseau horaire de l’espace de travail, par ex. Europe/Berlin ou UTC+01:00.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows: give an IANA name such as Europe/Berlin, or a fixed offset such as UTC+01:00.</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de ce système : indiquez un nom IANA comme Europe/Berlin, ou un décalage fixe comme UTC+01:00.</translation>
    </message>
    <message>
        <source>Each readiness weight is from 0 % to 100 %.</source>
        <translation>Chaque poids de la maturité va de 0 % à 100 %.</translation>
    </message>
    <message>
        <source>The readiness weights add up to %1 %; they must add up to 100 %.</source>
        <translation>Les poids de la maturité totalisent %1 % ; ils doivent totaliser 100 %.</translation>
    </message>
    <message>
        <source>Change the workspace settings</source>
        <translation>Modifier les paramètres de l’espace de travail</translation>
    </message>
    <message>
        <source>Set the workspace&apos;s time zone to %1</source>
        <translation>Fixer le fuseau horaire de l’espace de travail à %1</translation>
    </message>
    <message>
        <source>Change the readiness weights</source>
        <translation>Modifier les poids de la maturité</translation>
    </message>
</context>
<context>
    <name>coe::render::Agenda</name>
    <message>
        <source>Release %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Draft — not released</source>
        <translation>Brouillon — non publié</translation>
    </message>
    <message>
        <source>CoE Studio · %1 · printed %2</source>
        <translation>CoE Studio · %1 · imprimé le %2</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Personne %1</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source> · %1–%2 (part %3 of %4)</source>
        <translation> · %1–%2 (partie %3 sur %4)</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <source>Nothing is scheduled on this day yet.</source>
        <translation>Rien n’est encore prévu ce jour-là.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Plenaries and other items</source>
        <translation>Plénières et autres éléments</translation>
    </message>
    <message>
        <source>Programme by track</source>
        <translation>Programme par parcours</translation>
    </message>
    <message>
        <source>No scheduled items</source>
        <translation>Aucun élément planifié</translation>
    </message>
    <message>
        <source>Schedule items on the timetable to list them here.</source>
        <translation>Planifiez des éléments dans la grille pour les lister ici.</translation>
    </message>
    <message>
        <source>Speakers&apos; run sheet</source>
        <translation>Feuille de route des intervenants</translation>
    </message>
    <message>
        <source>No speakers scheduled</source>
        <translation>Aucun intervenant planifié</translation>
    </message>
    <message>
        <source>%1 · %2 min · be in the room by %3</source>
        <translation>%1 · %2 min · être dans la salle à %3</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Avec %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Besoins : %1</translation>
    </message>
    <message>
        <source>Room equipment: none listed</source>
        <translation>Équipement de la salle : rien d’indiqué</translation>
    </message>
    <message>
        <source>Room equipment: %1</source>
        <translation>Équipement de la salle : %1</translation>
    </message>
    <message>
        <source>Missing in this room: %1 — talk to the organisers</source>
        <translation>Manque dans cette salle : %1 — voyez les organisateurs</translation>
    </message>
    <message>
        <source>Nothing in this room today.</source>
        <translation>Rien dans cette salle aujourd’hui.</translation>
    </message>
    <message>
        <source>No day %1 in this summit</source>
        <translation>Ce summit n’a pas de jour %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Changes to the schedule · %1</source>
        <translation>Modifications du programme · %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Aucune modification</translation>
    </message>
    <message>
        <source>Every item is where and when it was.</source>
        <translation>Chaque élément est où et quand il était.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>Était : %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Avant : %1</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>À : %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant : %1</translation>
    </message>
    <message>
        <source>%1 — changes · %2</source>
        <translation>%1 — modifications · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation>heures en %1</translation>
    </message>
</context>
<context>
    <name>coe::render::Handout</name>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>to be named</source>
        <translation>à désigner</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>1 · Learn</source>
        <translation>1 · Apprendre</translation>
    </message>
    <message>
        <source>2 · See it applied</source>
        <translation>2 · Le voir appliqué</translation>
    </message>
    <message>
        <source>3 · Apply</source>
        <translation>3 · Appliquer</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(rien d’écrit pour l’instant)</translation>
    </message>
    <message>
        <source>Attendees and their Apply task</source>
        <translation>Participants et leur tâche d’application</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>CoE Studio · knowledge transfer</source>
        <translation>CoE Studio · transfert de connaissances</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>%1, %2–%3 (%4 min, %5)</source>
        <translation>%1, %2–%3 (%4 min, %5)</translation>
    </message>
</context>
<context>
    <name>coe::render::Heatmap</name>
    <message>
        <source>Coverage by team and skill category</source>
        <translation>Couverture par équipe et catégorie de compétences</translation>
    </message>
    <message>
        <source>No team has skill requirements yet.</source>
        <translation>Aucune équipe n&apos;a encore d&apos;exigences de compétences.</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>coe::ui::AboutDialog</name>
    <message>
        <source>About CoE Studio</source>
        <translation>À propos de CoE Studio</translation>
    </message>
    <message>
        <source>Skill matrices, knowledge transfer, summits and team readiness for the lead of a DevOps Center of Excellence.</source>
        <translation>Matrices de compétences, transfert de connaissances, summits et maturité des équipes pour le responsable d&apos;un centre d&apos;excellence DevOps.</translation>
    </message>
    <message>
        <source>driver missing</source>
        <translation>pilote absent</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Distribué sous licence GNU General Public License, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>coe::ui::Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>P&amp;lein écran</translation>
    </message>
    <message>
        <source>Show status &amp;bar</source>
        <translation>Afficher la barre d&apos;ét&amp;at</translation>
    </message>
    <message>
        <source>&amp;About CoE Studio</source>
        <translation>À &amp;propos de CoE Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Se connecter à la &amp;base d&apos;équipe…</translation>
    </message>
    <message>
        <source>Create &amp;demo workspace…</source>
        <translation>Créer un espace de &amp;démonstration…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Fermer l&apos;espace de travail</translation>
    </message>
    <message>
        <source>&amp;People &amp;&amp; teams</source>
        <translation>&amp;Personnes &amp;&amp; équipes</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Compétences</translation>
    </message>
    <message>
        <source>Skill &amp;matrix</source>
        <translation>&amp;Matrice des compétences</translation>
    </message>
    <message>
        <source>&amp;Import skill matrix…</source>
        <translation>&amp;Importer une matrice de compétences…</translation>
    </message>
    <message>
        <source>&amp;Export skill matrix…</source>
        <translation>&amp;Exporter la matrice de compétences…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>How &amp;readiness is computed</source>
        <translation>Comment la &amp;maturité est calculée</translation>
    </message>
    <message>
        <source>S&amp;ummits</source>
        <translation>S&amp;ummits</translation>
    </message>
    <message>
        <source>&amp;Engagements</source>
        <translation>Mi&amp;ssions</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Wor&amp;kspace settings…</source>
        <translation>Paramètres de l’espace de &amp;travail…</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>Alle&amp;r à…</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>&amp;Préférences…</translation>
    </message>
</context>
<context>
    <name>coe::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>coe::ui::CapabilityDialog</name>
    <message>
        <source>Edit capability</source>
        <translation>Modifier la capacité</translation>
    </message>
    <message>
        <source>New capability</source>
        <translation>Nouvelle capacité</translation>
    </message>
    <message>
        <source>An operational task, e.g. Rotate secrets</source>
        <translation>Une tâche d’exploitation, p. ex. Faire tourner les secrets</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(personne encore)</translation>
    </message>
    <message>
        <source>The internal person who will run it</source>
        <translation>La personne interne qui l’exploitera</translation>
    </message>
    <message>
        <source>The expert handing it over</source>
        <translation>L’expert qui la transmet</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Tapez une compétence puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Expert:</source>
        <translation>&amp;Expert :</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>&amp;Compétences :</translation>
    </message>
</context>
<context>
    <name>coe::ui::ChangelogDialog</name>
    <message>
        <source>Changes since version %1</source>
        <translation>Modifications depuis la version %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Déplacés</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>Rien n’a changé depuis la version %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since version %1:</source>
        <translation>
            <numerusform>%n modification depuis la version %1 :</numerusform>
            <numerusform>%n modifications depuis la version %1 :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::ChartDialog</name>
    <message>
        <source>%1 — readiness charts</source>
        <translation>%1 — graphiques de maturité</translation>
    </message>
    <message>
        <source>Coverage by skill category (radar)</source>
        <translation>Couverture par catégorie de compétences (radar)</translation>
    </message>
    <message>
        <source>Independent people per required skill</source>
        <translation>Personnes autonomes par compétence requise</translation>
    </message>
    <message>
        <source>Readiness index by month, with forecast</source>
        <translation>Indice de maturité par mois, avec prévision</translation>
    </message>
    <message>
        <source>All teams: coverage by skill category (heatmap)</source>
        <translation>Toutes les équipes : couverture par catégorie (carte de chaleur)</translation>
    </message>
    <message>
        <source>All teams: capabilities by hand-over phase</source>
        <translation>Toutes les équipes : capacités par phase de transfert</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Graphique :</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
</context>
<context>
    <name>coe::ui::CommandPalette</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vue</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Summit item</source>
        <translation>Élément du summit</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>Type an action, a view, a person, a skill, a session or a summit item</source>
        <translation>Tapez une action, une vue, une personne, une compétence, une session ou un élément du summit</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to go · Esc to close</source>
        <translation>↑ ↓ pour se déplacer · Entrée pour y aller · Échap pour fermer</translation>
    </message>
</context>
<context>
    <name>coe::ui::ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Se connecter à la base d&apos;équipe</translation>
    </message>
    <message>
        <source>A team shares one workspace in a PostgreSQL database. Ask whoever runs it for the address and your password.</source>
        <translation>Une équipe partage un espace de travail dans une base PostgreSQL. Demandez l&apos;adresse et votre mot de passe à qui l&apos;administre.</translation>
    </message>
    <message>
        <source>The password is used for this connection only; CoE Studio does not store it.</source>
        <translation>Le mot de passe ne sert qu&apos;à cette connexion ; CoE Studio ne le conserve pas.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Enter the database address.</source>
        <translation>Saisissez l&apos;adresse de la base.</translation>
    </message>
    <message>
        <source>The address starts with postgresql://.</source>
        <translation>L&apos;adresse commence par postgresql://.</translation>
    </message>
</context>
<context>
    <name>coe::ui::DashboardView</name>
    <message>
        <source>How readiness is computed</source>
        <translation>Comment la maturité est calculée</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Team readiness&lt;/h2&gt;&lt;p&gt;How ready each team is to run its platform without outside help, as of %1. Click a team for its charts. &lt;a href=&quot;#definitions&quot;&gt;How is this computed?&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Maturité des équipes&lt;/h2&gt;&lt;p&gt;Dans quelle mesure chaque équipe peut exploiter sa plateforme sans aide extérieure, au %1. Cliquez sur une équipe pour ses graphiques. &lt;a href=&quot;#definitions&quot;&gt;Comment est-ce calculé ?&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No teams yet. Add teams and their people in People &amp; teams; readiness then follows from the skills each team requires and the capabilities handed over to it.</source>
        <translation>Pas encore d&apos;équipes. Ajoutez les équipes et leurs membres dans « Personnes &amp; équipes » ; la maturité découle ensuite des compétences requises par chaque équipe et des capacités qui lui sont transférées.</translation>
    </message>
    <message>
        <source>&lt;p&gt;For a team at a date, each person&apos;s level is their &lt;b&gt;effective level&lt;/b&gt; then: the latest lead&apos;s assessment, else the consultant&apos;s, else their own.&lt;/p&gt;&lt;p&gt;For each skill the team requires (at least &lt;i&gt;n&lt;/i&gt; people Independent):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;coverage&lt;/b&gt; = internal members at Independent or above ÷ &lt;i&gt;n&lt;/i&gt;, at most 1;&lt;/li&gt;&lt;li&gt;&lt;b&gt;teacher&lt;/b&gt; = 1 if an internal member is at Teacher, else 0 (where a Teacher is required);&lt;/li&gt;&lt;li&gt;a &lt;b&gt;single point of failure&lt;/b&gt; has exactly one internal Independent;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;consultant-dependent&lt;/b&gt; skill has none, while an external person is Independent.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Hand-over&lt;/b&gt; is the mean phase of the team&apos;s capabilities: Expert leads 0, Pairing ⅓, Staff leads ⅔, Handed over 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Index&lt;/b&gt; = 100 × (0.5 × mean coverage + 0.2 × mean teacher + 0.3 × hand-over). A part with nothing to average drops out and the others are rescaled.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;forecast&lt;/b&gt; extends a straight line through the last six month-end values to each engagement&apos;s roll-off date. &lt;b&gt;Next actions&lt;/b&gt; are the three changes that raise the index most; candidates are listed by level, then interest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pour une équipe à une date, le niveau de chaque personne est son &lt;b&gt;niveau retenu&lt;/b&gt; à ce moment : la dernière évaluation du responsable, sinon du consultant, sinon la sienne.&lt;/p&gt;&lt;p&gt;Pour chaque compétence requise par l&apos;équipe (au moins &lt;i&gt;n&lt;/i&gt; personnes autonomes) :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;couverture&lt;/b&gt; = membres internes autonomes ou plus ÷ &lt;i&gt;n&lt;/i&gt;, au plus 1 ;&lt;/li&gt;&lt;li&gt;&lt;b&gt;formateur&lt;/b&gt; = 1 si un membre interne est Formateur, sinon 0 (là où un formateur est requis) ;&lt;/li&gt;&lt;li&gt;un &lt;b&gt;point de défaillance unique&lt;/b&gt; a exactement une personne interne autonome ;&lt;/li&gt;&lt;li&gt;une compétence &lt;b&gt;dépendante des consultants&lt;/b&gt; n&apos;en a aucune, alors qu&apos;une personne externe est autonome.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Le &lt;b&gt;transfert&lt;/b&gt; est la phase moyenne des capacités de l&apos;équipe : l&apos;expert mène 0, binôme ⅓, l&apos;équipe mène ⅔, transféré 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indice&lt;/b&gt; = 100 × (0,5 × couverture moyenne + 0,2 × formateurs moyens + 0,3 × transfert). Une partie sans valeur est retirée et les autres sont repondérées.&lt;/p&gt;&lt;p&gt;La &lt;b&gt;prévision&lt;/b&gt; prolonge une droite passant par les six dernières valeurs de fin de mois jusqu&apos;à la date de départ de chaque mission. Les &lt;b&gt;prochaines actions&lt;/b&gt; sont les trois changements qui augmentent le plus l&apos;indice ; candidats par niveau, puis intérêt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>80–100</source>
        <translation>80–100</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Index colours: %1. Below each index: coverage of required skills, Teachers present and capabilities handed over; “–” when the team has none to count.</source>
        <translation>Couleurs de l’indice : %1. Sous chaque indice : couverture des compétences requises, formateurs présents et capacités transférées ; « – » quand l’équipe n’a rien à compter.</translation>
    </message>
</context>
<context>
    <name>coe::ui::EngagementDialog</name>
    <message>
        <source>Edit engagement</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>e.g. Platform build-out with Acme Consulting</source>
        <translation>p. ex. Construction de la plateforme avec Acme Consulting</translation>
    </message>
    <message>
        <source>(choose a team)</source>
        <translation>(choisir une équipe)</translation>
    </message>
    <message>
        <source>&amp;rolls off</source>
        <translation>&amp;se termine</translation>
    </message>
    <message>
        <source>Type a consultant&apos;s name and press Enter</source>
        <translation>Tapez le nom d’un consultant puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Équipe :</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Consultants:</source>
        <translation>&amp;Consultants :</translation>
    </message>
</context>
<context>
    <name>coe::ui::EngagementsView</name>
    <message>
        <source>No phase recorded yet.</source>
        <translation>Aucune phase enregistrée.</translation>
    </message>
    <message>
        <source>%1 (moved back)</source>
        <translation>%1 (ramené en arrière)</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>confirmé par %1</translation>
    </message>
    <message>
        <source>Drag a card to the next column when the staff take over more of it. Moving back asks for a reason.</source>
        <translation>Faites glisser une carte vers la colonne suivante quand l’équipe en reprend davantage. Revenir en arrière demande une raison.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avertissements&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historique des phases&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the engagements.</source>
        <translation>Impossible de lire les missions.</translation>
    </message>
    <message numerus="yes">
        <source>rolls off in %n day(s)</source>
        <translation>
            <numerusform>se termine dans %n jour</numerusform>
            <numerusform>se termine dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>rolled off %1</source>
        <translation>terminée le %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <source>No engagements yet. They come with the demo workspace, or from your consultancy&apos;s statement of work.</source>
        <translation>Pas encore de missions. Elles viennent avec l’espace de démonstration, ou du cahier des charges de votre cabinet.</translation>
    </message>
    <message>
        <source>no expert</source>
        <translation>pas d’expert</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>pas de responsable</translation>
    </message>
    <message>
        <source>No warnings for this engagement.</source>
        <translation>Aucun avertissement pour cette mission.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Now:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Owner:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Expert:&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Skills:&lt;/b&gt; %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Maintenant :&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Responsable :&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Expert :&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Compétences :&lt;/b&gt; %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Move “%1” back</source>
        <translation>Ramener « %1 » en arrière</translation>
    </message>
    <message>
        <source>Move “%1” forward</source>
        <translation>Faire avancer « %1 »</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>Why is it moving back? (required)</source>
        <translation>Pourquoi revient-il en arrière ? (obligatoire)</translation>
    </message>
    <message>
        <source>What showed the staff are ready (optional)</source>
        <translation>Ce qui a montré que l’équipe est prête (facultatif)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>&amp;Confirmed by:</source>
        <translation>&amp;Confirmé par :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Move capability</source>
        <translation>Déplacer la capacité</translation>
    </message>
    <message>
        <source>%1 is now at %2.</source>
        <translation>%1 est maintenant à %2.</translation>
    </message>
    <message>
        <source>Edit capability…</source>
        <translation>Modifier la capacité…</translation>
    </message>
    <message>
        <source>Delete capability</source>
        <translation>Supprimer la capacité</translation>
    </message>
    <message>
        <source>New capability…</source>
        <translation>Nouvelle capacité…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nouvelle mission</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Modifier la mission</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>Supprimer la mission</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n capability(ies) and their history? Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer « %1 » avec sa %n capacité et son historique ? Annuler la ramène.</numerusform>
            <numerusform>Supprimer « %1 » avec ses %n capacités et leur historique ? Annuler la ramène.</numerusform>
        </translation>
    </message>
    <message>
        <source>New capability</source>
        <translation>Nouvelle capacité</translation>
    </message>
    <message>
        <source>Edit capability</source>
        <translation>Modifier la capacité</translation>
    </message>
    <message>
        <source>Delete “%1” and its phase history? Undo brings it back.</source>
        <translation>Supprimer « %1 » et son historique de phases ? Annuler le ramène.</translation>
    </message>
    <message>
        <source> (moved back)</source>
        <translation> (ramené en arrière)</translation>
    </message>
</context>
<context>
    <name>coe::ui::MainWindow</name>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>%1 — CoE Studio</source>
        <translation>%1 — CoE Studio</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rétablir : %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>My CoE.coe</source>
        <translation>Mon CoE.coe</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation>Créer un espace de démonstration</translation>
    </message>
    <message>
        <source>Import skill matrix</source>
        <translation>Importer une matrice de compétences</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n cell(s) from %1 — undo with %2</source>
        <translation>
            <numerusform>%n cellule importée depuis %1 — annuler avec %2</numerusform>
            <numerusform>%n cellules importées depuis %1 — annuler avec %2</numerusform>
        </translation>
    </message>
    <message>
        <source> matrix.xlsx</source>
        <translation> matrice.xlsx</translation>
    </message>
    <message>
        <source>Export skill matrix</source>
        <translation>Exporter la matrice de compétences</translation>
    </message>
    <message>
        <source>Exported the skill matrix to %1</source>
        <translation>Matrice de compétences exportée vers %1</translation>
    </message>
    <message>
        <source>Stopped waiting for %1.</source>
        <translation>Attente de %1 interrompue.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Feuilles de calcul (*.csv *.xlsx *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Classeur Excel (*.xlsx);;Classeur OpenDocument (*.ods);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .xlsx, .ods, .csv or .json.</source>
        <translation>%1 : choisissez un nom se terminant par .xlsx, .ods, .csv ou .json.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <translation>Afficher la barre d&apos;&amp;outils</translation>
    </message>
    <message>
        <source>Print the summit&apos;s agenda</source>
        <translation>Imprimer l’agenda du summit</translation>
    </message>
    <message>
        <source>Print: open the Summits view to print an agenda</source>
        <translation>Imprimer : ouvrez la vue Summits pour imprimer un agenda</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Paramètres de l’espace de travail</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixDelegate</name>
    <message>
        <source>— not assessed</source>
        <translation>— non évalué</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixHeader</name>
    <message>
        <source>%1 — click to unfold its skills</source>
        <translation>%1 — cliquez pour déplier ses compétences</translation>
    </message>
    <message>
        <source>%1 — click to fold it into an average</source>
        <translation>%1 — cliquez pour la replier en une moyenne</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixImportDialog</name>
    <message>
        <source>Import skill matrix from %1</source>
        <translation>Importer la matrice de compétences depuis %1</translation>
    </message>
    <message>
        <source>Wide: a row per person, a column per skill</source>
        <translation>Large : une ligne par personne, une colonne par compétence</translation>
    </message>
    <message>
        <source>Long: a row per person and skill</source>
        <translation>Long : une ligne par personne et compétence</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Soi-même</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Add people and skills the workspace does not have</source>
        <translation>Ajouter les personnes et compétences absentes de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Skip bad cells and import the rest</source>
        <translation>Ignorer les cellules erronées et importer le reste</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Enregistrées comme</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datées du</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to import from %1 row(s)</source>
        <translation>
            <numerusform>%n cellule à importer depuis %1 ligne(s)</numerusform>
            <numerusform>%n cellules à importer depuis %1 ligne(s)</numerusform>
        </translation>
    </message>
    <message>
        <source>, adding %1 people and %2 skills</source>
        <translation>, en ajoutant %1 personnes et %2 compétences</translation>
    </message>
    <message numerus="yes">
        <source>%1%2. %n problem(s) — fix the file or the choices above, or skip bad cells.</source>
        <translation>
            <numerusform>%1%2. %n problème — corrigez le fichier ou les choix ci-dessus, ou ignorez les cellules erronées.</numerusform>
            <numerusform>%1%2. %n problèmes — corrigez le fichier ou les choix ci-dessus, ou ignorez les cellules erronées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 is past the rows the preview shows (the first %n).</source>
        <translation>
            <numerusform>La ligne %1 est au-delà de ce que montre l&apos;aperçu (%n ligne).</numerusform>
            <numerusform>La ligne %1 est au-delà de ce que montre l&apos;aperçu (les %n premières lignes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the first %n row(s): </source>
        <translation>
            <numerusform>Sur %n ligne examinée : </numerusform>
            <numerusform>Sur les %n premières lignes : </numerusform>
        </translation>
    </message>
    <message>
        <source> The rest of the file is checked when you import.</source>
        <translation> Le reste du fichier est vérifié lors de l&apos;import.</translation>
    </message>
    <message>
        <source>Import skill matrix</source>
        <translation>Importer une matrice de compétences</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixTable</name>
    <message>
        <source>Select the cell where the pasted block should start.</source>
        <translation>Sélectionnez la cellule où le bloc collé doit commencer.</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1.</source>
        <translation>Rien n&apos;a été collé : %1.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Coller %n cellule</numerusform>
            <numerusform>Coller %n cellules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1</source>
        <translation>
            <numerusform>Mettre %n cellule à %1</numerusform>
            <numerusform>Mettre %n cellules à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the personal target of %n cell(s) to %1</source>
        <translation>
            <numerusform>Fixer l’objectif personnel de %n cellule à %1</numerusform>
            <numerusform>Fixer l’objectif personnel de %n cellules à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the personal target of %n cell(s)</source>
        <translation>
            <numerusform>Effacer l’objectif personnel de %n cellule</numerusform>
            <numerusform>Effacer l’objectif personnel de %n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Personal &amp;target</source>
        <translation>Objectif &amp;personnel</translation>
    </message>
    <message>
        <source>A target for these people alone, instead of the one their role sets</source>
        <translation>Un objectif pour ces seules personnes, à la place de celui de leur rôle</translation>
    </message>
    <message>
        <source>&amp;Use the role&apos;s target</source>
        <translation>Utiliser l’objectif du &amp;rôle</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n cellule</numerusform>
            <numerusform>%n cellules</numerusform>
        </translation>
    </message>
    <message>
        <source>the self-assessment</source>
        <translation>l&apos;auto-évaluation</translation>
    </message>
    <message>
        <source>the consultant&apos;s level</source>
        <translation>le niveau du consultant</translation>
    </message>
    <message>
        <source>the lead&apos;s level</source>
        <translation>le niveau du responsable</translation>
    </message>
    <message>
        <source>Nothing was pasted: “Self against lead” compares two sources; pick one source to paste into.</source>
        <translation>Rien n&apos;a été collé : « Soi-même face au responsable » compare deux sources ; choisissez une source où coller.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the block is %1 × %2 cells and does not fit from %3, %4; it would run past the last %5.</source>
        <translation>Rien n&apos;a été collé : le bloc fait %1 × %2 cellules et ne tient pas à partir de %3, %4 ; il dépasserait la dernière %5.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is an average, not a level; copy the skills themselves, or type a whole level</source>
        <translation>%1 : « %2 » est une moyenne, pas un niveau ; copiez les compétences elles-mêmes, ou tapez un niveau entier</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a level (0 to %3 or a label such as %4)</source>
        <translation>%1 : « %2 » n&apos;est pas un niveau (0 à %3 ou un libellé comme %4)</translation>
    </message>
    <message>
        <source>Nothing was pasted at %1</source>
        <translation>Rien n&apos;a été collé en %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s) at %1</source>
        <translation>
            <numerusform>%n cellule collée en %1</numerusform>
            <numerusform>%n cellules collées en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n category average(s) were left as they are, since they follow their skills</source>
        <translation>
            <numerusform>; %n moyenne de catégorie a été laissée telle quelle, car elle suit ses compétences</numerusform>
            <numerusform>; %n moyennes de catégorie ont été laissées telles quelles, car elles suivent leurs compétences</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2 %3 for %4</source>
        <translation>%1 mis à %2 %3 pour %4</translation>
    </message>
    <message>
        <source>Cleared %1 of %2 for %3</source>
        <translation>Effacé : %1 en %2 pour %3</translation>
    </message>
    <message>
        <source>; it still shows %1 (%2)</source>
        <translation>; la cellule affiche encore %1 (%2)</translation>
    </message>
    <message>
        <source>“Self against lead” only compares; pick one source to set levels.</source>
        <translation>« Soi-même face au responsable » ne fait que comparer ; choisissez une source pour fixer des niveaux.</translation>
    </message>
    <message>
        <source>Category averages follow their skills; unfold the category to set its skills.</source>
        <translation>Les moyennes de catégorie suivent leurs compétences ; dépliez la catégorie pour fixer ses compétences.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1 %2</source>
        <translation>
            <numerusform>%n cellule mise à %1 %2</numerusform>
            <numerusform>%n cellules mises à %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n category average(s) left as they are</source>
        <translation>
            <numerusform>; %n moyenne de catégorie laissée telle quelle</numerusform>
            <numerusform>; %n moyennes de catégorie laissées telles quelles</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clear here: category averages follow their skills.</source>
        <translation>Rien à effacer ici : les moyennes de catégorie suivent leurs compétences.</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Effacer les cellules</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cells also hold a consultant&apos;s level or a self-assessment, which the effective view shows once the lead&apos;s level is gone.</source>
        <translation>
            <numerusform>%n des cellules sélectionnées contient aussi un niveau du consultant ou une auto-évaluation, que la vue retenue affiche une fois le niveau du responsable effacé.</numerusform>
            <numerusform>%n des cellules sélectionnées contiennent aussi un niveau du consultant ou une auto-évaluation, que la vue retenue affiche une fois le niveau du responsable effacé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear &amp;every source</source>
        <translation>Effacer &amp;toutes les sources</translation>
    </message>
    <message>
        <source>Clear the &amp;lead&apos;s level only</source>
        <translation>Effacer seulement le niveau du &amp;responsable</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>toutes les sources</translation>
    </message>
    <message>
        <source>Clear %1 in %2</source>
        <translation>Effacer dans %2 : %1</translation>
    </message>
    <message>
        <source>Nothing to clear: %1 has no %2 there.</source>
        <translation>Rien à effacer : %1 n&apos;en contient pas ici (%2).</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>la sélection</translation>
    </message>
    <message>
        <source>Cleared %1 in %2</source>
        <translation>Effacé dans %2 : %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n still show(s) a consultant&apos;s level</source>
        <translation>
            <numerusform>; %n affiche encore un niveau du consultant</numerusform>
            <numerusform>; %n affichent encore un niveau du consultant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n a self-assessment</source>
        <translation>
            <numerusform> et %n une auto-évaluation</numerusform>
            <numerusform> et %n une auto-évaluation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still show(s) a self-assessment</source>
        <translation>
            <numerusform>; %n affiche encore une auto-évaluation</numerusform>
            <numerusform>; %n affichent encore une auto-évaluation</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes belong to a skill: pick a skill&apos;s cell, not a category&apos;s average.</source>
        <translation>Les notes appartiennent à une compétence : choisissez la cellule d&apos;une compétence, pas la moyenne d&apos;une catégorie.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note on %1 for %2:</source>
        <translation>Note sur %1 pour %2 :</translation>
    </message>
    <message>
        <source>Add a note to %1 for %2</source>
        <translation>Ajouter une note à %1 pour %2</translation>
    </message>
    <message>
        <source>Added a note to %1 for %2.</source>
        <translation>Note ajoutée à %1 pour %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>%n cellule copiée.</numerusform>
            <numerusform>%n cellules copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;level</source>
        <translation>Fixer le &amp;niveau</translation>
    </message>
    <message>
        <source>C&amp;lear the lead&apos;s level</source>
        <translation>&amp;Effacer le niveau du responsable</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>Modifier la &amp;note…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Ajouter une &amp;note…</translation>
    </message>
    <message>
        <source>%1 is not a level: this scale goes from 0 to %2 (%3).</source>
        <translation>%1 n&apos;est pas un niveau : cette échelle va de 0 à %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing was pasted: the clipboard holds more than %L1 characters, more than any matrix has cells for.</source>
        <translation>Rien n&apos;a été collé : le presse-papiers contient plus de %L1 caractères, plus qu&apos;aucune matrice n&apos;a de cellules.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre problème</numerusform>
            <numerusform>%n autres problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixView</name>
    <message>
        <source>Effective level</source>
        <translation>Niveau retenu</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>Lead&apos;s assessment</source>
        <translation>Évaluation du responsable</translation>
    </message>
    <message>
        <source>Consultant&apos;s assessment</source>
        <translation>Évaluation du consultant</translation>
    </message>
    <message>
        <source>Self against lead</source>
        <translation>Soi-même face au responsable</translation>
    </message>
    <message>
        <source>Effective: the lead&apos;s level, else the consultant&apos;s, else the person&apos;s own.</source>
        <translation>Retenu : le niveau du responsable, sinon celui du consultant, sinon celui de la personne.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Personnel interne</translation>
    </message>
    <message>
        <source>External consultants</source>
        <translation>Consultants externes</translation>
    </message>
    <message>
        <source>Only gaps</source>
        <translation>Écarts seulement</translation>
    </message>
    <message>
        <source>Only people below their target in a shown skill</source>
        <translation>Seulement les personnes sous leur objectif dans une compétence affichée</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Chercher des personnes</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source> &amp;nbsp;&amp;nbsp; ◥ target set &amp;nbsp; &lt;span style=&apos;color:#d73027&apos;&gt;▁&lt;/span&gt; below target &amp;nbsp; • note</source>
        <translation> &amp;nbsp;&amp;nbsp; ◥ objectif défini &amp;nbsp; &lt;span style=&apos;color:#d73027&apos;&gt;▁&lt;/span&gt; sous l&apos;objectif &amp;nbsp; • note</translation>
    </message>
    <message>
        <source>%1 of %2 people, %3 columns</source>
        <translation>%1 personnes sur %2, %3 colonnes</translation>
    </message>
    <message>
        <source>The matrix is empty. Add people in People &amp; teams and skills in Skills, or import them with coectl import.</source>
        <translation>La matrice est vide. Ajoutez des personnes dans « Personnes &amp; équipes » et des compétences dans « Compétences », ou importez-les avec coectl import.</translation>
    </message>
    <message>
        <source>No people yet — add them in People &amp; teams.</source>
        <translation>Pas encore de personnes — ajoutez-les dans « Personnes &amp; équipes ».</translation>
    </message>
    <message>
        <source>No skills yet — add categories and skills in Skills.</source>
        <translation>Pas encore de compétences — ajoutez catégories et compétences dans « Compétences ».</translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation>Personne ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Average of the category&apos;s assessed skills: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Moyenne des compétences évaluées de la catégorie : &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Soi-même</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Intérêt</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below target</source>
        <translation>
            <numerusform>%n niveau sous l&apos;objectif</numerusform>
            <numerusform>%n niveaux sous l&apos;objectif</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Historique&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edits here are recorded as the person&apos;s own assessment.</source>
        <translation>Les modifications ici sont enregistrées comme l&apos;auto-évaluation de la personne.</translation>
    </message>
    <message>
        <source>Edits here are recorded as the consultant&apos;s assessment.</source>
        <translation>Les modifications ici sont enregistrées comme l&apos;évaluation du consultant.</translation>
    </message>
    <message>
        <source>Edits here are recorded as the lead&apos;s assessment.</source>
        <translation>Les modifications ici sont enregistrées comme l&apos;évaluation du responsable.</translation>
    </message>
    <message>
        <source>their own target, set instead of the role&apos;s</source>
        <translation>objectif propre, à la place de celui du rôle</translation>
    </message>
    <message>
        <source>Folded %1 into one column of averages; click its band to unfold it.</source>
        <translation>Catégorie %1 repliée en une colonne de moyennes ; cliquez sur sa bande pour la déplier.</translation>
    </message>
    <message>
        <source>Unfolded %1.</source>
        <translation>Catégorie %1 dépliée.</translation>
    </message>
    <message>
        <source>Sorted by %1, strongest first.</source>
        <translation>Trié par %1, les plus forts d&apos;abord.</translation>
    </message>
    <message>
        <source>Sorted by %1, weakest first.</source>
        <translation>Trié par %1, les plus faibles d&apos;abord.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a cell to see every assessment of it.&lt;/p&gt;&lt;p&gt;Type a digit to set the selected cells, Delete to clear them; Enter, F2 or a double-click opens a list of levels, Shift+F2 writes a note. Ctrl+C and Ctrl+V copy and paste blocks, also from a spreadsheet. Click a category band to fold it into an average.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez une cellule pour voir toutes ses évaluations.&lt;/p&gt;&lt;p&gt;Tapez un chiffre pour fixer les cellules sélectionnées, Suppr pour les effacer ; Entrée, F2 ou un double-clic ouvre une liste de niveaux, Maj+F2 écrit une note. Ctrl+C et Ctrl+V copient et collent des blocs, y compris depuis un tableur. Cliquez sur la bande d&apos;une catégorie pour la replier en une moyenne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>self</source>
        <translation>soi-même</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>consultant</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>responsable</translation>
    </message>
</context>
<context>
    <name>coe::ui::NamePicker</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Nothing is called “%1”.</source>
        <translation>Rien ne s’appelle « %1 ».</translation>
    </message>
</context>
<context>
    <name>coe::ui::PeopleView</name>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Ajouter une équipe</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Renommer l&apos;équipe</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Supprimer l&apos;équipe</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Renommer le rôle</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Search names, emails, teams, roles</source>
        <translation>Rechercher noms, e-mails, équipes, rôles</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Personnel interne</translation>
    </message>
    <message>
        <source>External consultants</source>
        <translation>Consultants externes</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete selected people</source>
        <translation>Supprimer les personnes sélectionnées</translation>
    </message>
    <message>
        <source>All people (%1)</source>
        <translation>Toutes les personnes (%1)</translation>
    </message>
    <message>
        <source>Without team (%1)</source>
        <translation>Sans équipe (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 personnes sur %2</translation>
    </message>
    <message>
        <source>No people yet. Add them one by one with Add person, or import a spreadsheet with coectl import people.</source>
        <translation>Pas encore de personnes. Ajoutez-les une à une avec « Ajouter une personne », ou importez un tableur avec coectl import people.</translation>
    </message>
    <message>
        <source>Nobody matches the search or filter.</source>
        <translation>Personne ne correspond à la recherche ou au filtre.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Supprimer %n personne</numerusform>
            <numerusform>Supprimer %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — undo with %2</source>
        <translation>%1 — annuler avec %2</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Nom de l&apos;équipe :</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>Supprimer l&apos;équipe %1</translation>
    </message>
    <message>
        <source>Team deleted; its people are now without team. Undo brings it back.</source>
        <translation>Équipe supprimée ; ses membres sont désormais sans équipe. Annuler la rétablit.</translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation>Nom du rôle :</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Supprimer le rôle %1</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Skill requirements…</source>
        <translation>Exigences de compétences…</translation>
    </message>
    <message>
        <source>Which skills the selected team must cover, for readiness</source>
        <translation>Les compétences que l&apos;équipe choisie doit couvrir, pour la maturité</translation>
    </message>
    <message>
        <source>Select a team first.</source>
        <translation>Sélectionnez d&apos;abord une équipe.</translation>
    </message>
    <message>
        <source>Skill requirements saved. Undo brings back the previous ones.</source>
        <translation>Exigences enregistrées. Annuler rétablit les précédentes.</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Objectifs…</translation>
    </message>
    <message>
        <source>The level the selected role should reach in each skill</source>
        <translation>Le niveau que le rôle choisi doit atteindre dans chaque compétence</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Sélectionnez d&apos;abord un rôle.</translation>
    </message>
    <message>
        <source>Targets saved. Undo brings back the previous ones.</source>
        <translation>Objectifs enregistrés. Annuler rétablit les précédents.</translation>
    </message>
    <message>
        <source>Add person (%1)</source>
        <translation>Ajouter une personne (%1)</translation>
    </message>
</context>
<context>
    <name>coe::ui::PersonEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>nom@example.com</translation>
    </message>
    <message>
        <source>External consultant</source>
        <translation>Consultant externe</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Fuseau horaire</translation>
    </message>
    <message>
        <source>Select a person to see and edit their details.</source>
        <translation>Sélectionnez une personne pour voir et modifier ses informations.</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(aucune équipe)</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(aucun rôle)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
</context>
<context>
    <name>coe::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Langue et apparence</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language shows the next time CoE Studio starts.</source>
        <translation>Une nouvelle langue s’affiche au prochain démarrage de CoE Studio.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>The system&apos;s default</source>
        <translation>Celui du système</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>Agendas, handouts and PDF exports start on this paper; the print dialog can still change it.</source>
        <translation>Les programmes, les supports et les exports PDF commencent sur ce papier ; la boîte de dialogue d’impression peut encore le changer.</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Cet espace de travail</translation>
    </message>
    <message>
        <source>Its time zone and the readiness weights belong to the workspace and are shared by everyone who opens it.</source>
        <translation>Son fuseau horaire et les poids de la maturité appartiennent à l’espace de travail et sont partagés par tous ceux qui l’ouvrent.</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Paramètres de l’&amp;espace de travail…</translation>
    </message>
</context>
<context>
    <name>coe::ui::ProgrammeDialog</name>
    <message>
        <source>Suggested programme for “%1”</source>
        <translation>Programme suggéré pour « %1 »</translation>
    </message>
    <message>
        <source>Track and speakers</source>
        <translation>Parcours et intervenants</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>No free Teacher</source>
        <translation>Aucun enseignant libre</translation>
    </message>
    <message>
        <source>Nobody at Teacher level in these skills is free: invite someone from outside, or grow one.</source>
        <translation>Personne au niveau Enseignant dans ces compétences n’est libre : invitez quelqu’un de l’extérieur, ou formez-en un.</translation>
    </message>
    <message>
        <source>Add checked tracks</source>
        <translation>Ajouter les parcours cochés</translation>
    </message>
    <message>
        <source>Nobody is below their targets: set role targets in People &amp; teams to get suggestions.</source>
        <translation>Personne n’est sous ses objectifs : définissez des objectifs de rôle dans Personnes et équipes pour obtenir des suggestions.</translation>
    </message>
    <message>
        <source>The skill areas with the largest gaps against targets, and who could teach them:</source>
        <translation>Les domaines de compétences aux plus gros écarts par rapport aux objectifs, et qui pourrait les enseigner :</translation>
    </message>
</context>
<context>
    <name>coe::ui::RequirementsDialog</name>
    <message>
        <source>Skill requirements of %1</source>
        <translation>Exigences de compétences de %1</translation>
    </message>
    <message>
        <source>Tick the skills %1 must be able to run on its own, how many internal people must be Independent in each, and where a Teacher is needed. Readiness is measured against these.</source>
        <translation>Cochez les compétences que %1 doit maîtriser seule, combien de personnes internes doivent y être autonomes, et où un formateur est nécessaire. La maturité se mesure à l&apos;aune de ces exigences.</translation>
    </message>
    <message>
        <source>Find skills or categories</source>
        <translation>Chercher des compétences ou catégories</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requis</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>Personnes requises</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>How many internal people must be Independent or above</source>
        <translation>Combien de personnes internes doivent être autonomes ou plus</translation>
    </message>
    <message>
        <source>Whether an internal Teacher is required</source>
        <translation>Si un formateur interne est requis</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
</context>
<context>
    <name>coe::ui::RoleTargetsDialog</name>
    <message>
        <source>Targets of the role %1</source>
        <translation>Objectifs du rôle %1</translation>
    </message>
    <message>
        <source>The level people in this role should reach in each skill. The skill matrix marks cells with a target and shows how far below it people are.</source>
        <translation>Le niveau que les personnes de ce rôle doivent atteindre dans chaque compétence. La matrice marque les cellules ayant un objectif et montre l&apos;écart restant.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Niveau visé</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(aucun objectif)</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
</context>
<context>
    <name>coe::ui::SessionsView</name>
    <message>
        <source>Learn</source>
        <translation>Apprendre</translation>
    </message>
    <message>
        <source>See it applied</source>
        <translation>Le voir appliqué</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimer le support…</translation>
    </message>
    <message>
        <source>Handout as PDF…</source>
        <translation>Support en PDF…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>https://… (video call)</source>
        <translation>https://… (visioconférence)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Whe&amp;re:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation>Fo&amp;rmateur :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skills&lt;/b&gt;</source>
        <translation>&lt;b&gt;Compétences&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Tapez une compétence puis Entrée</translation>
    </message>
    <message>
        <source>Tick those who attended</source>
        <translation>Cochez les présents</translation>
    </message>
    <message>
        <source>Add someone by name</source>
        <translation>Ajouter quelqu’un par son nom</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Add the people with the largest gaps in these skills, and the keenest</source>
        <translation>Ajouter les personnes aux plus gros écarts dans ces compétences, et les plus motivées</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendees&lt;/b&gt; (ticked: attended)</source>
        <translation>&lt;b&gt;Participants&lt;/b&gt; (cochés : présents)</translation>
    </message>
    <message>
        <source>Markdown. Fence code with ```yaml, ```hcl, ```dockerfile, ```bash, ```python …</source>
        <translation>Markdown. Encadrez le code avec ```yaml, ```hcl, ```dockerfile, ```bash, ```python …</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Apply task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Marquer comme faite…</translation>
    </message>
    <message>
        <source>Record the outcome; this proposes the attendee&apos;s next level in the session&apos;s skills</source>
        <translation>Enregistrer le résultat ; cela propose le niveau suivant du participant dans les compétences de la session</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tâches d’application&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rejeter…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Level proposals</source>
        <translation>Propositions de niveau</translation>
    </message>
    <message>
        <source>Could not read the sessions.</source>
        <translation>Impossible de lire les sessions.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évalué</translation>
    </message>
    <message>
        <source>Level proposals (%1)</source>
        <translation>Propositions de niveau (%1)</translation>
    </message>
    <message>
        <source>(to be named)</source>
        <translation>(à désigner)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Abandonner les modifications de « %1 » ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>## The idea

</source>
        <translation>## L’idée

</translation>
    </message>
    <message>
        <source>## Watch it done

</source>
        <translation>## Le voir faire

</translation>
    </message>
    <message>
        <source>## Your turn

</source>
        <translation>## À vous

</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Enregistrer la session</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <source>Delete “%1” with its attendees and Apply tasks? Undo brings it back.</source>
        <translation>Supprimer « %1 » avec ses participants et tâches d’application ? Annuler le ramène.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n suggested attendee(s); hover for why.</source>
        <translation>
            <numerusform>%n participant suggéré ajouté ; survolez pour voir pourquoi.</numerusform>
            <numerusform>%n participants suggérés ajoutés ; survolez pour voir pourquoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else has a gap or interest in these skills.</source>
        <translation>Personne d’autre n’a d’écart ni d’intérêt pour ces compétences.</translation>
    </message>
    <message>
        <source>Apply task done</source>
        <translation>Tâche d’application faite</translation>
    </message>
    <message>
        <source>What did %1 do, and how did it go?</source>
        <translation>Qu’a fait %1, et comment cela s’est-il passé ?</translation>
    </message>
    <message numerus="yes">
        <source>%n level proposal(s) wait in the review queue.</source>
        <translation>
            <numerusform>%n proposition de niveau attend son examen.</numerusform>
            <numerusform>%n propositions de niveau attendent leur examen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Accepter la proposition</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>Rejeter la proposition</translation>
    </message>
    <message>
        <source>Why not yet? The attendee will see this.</source>
        <translation>Pourquoi pas encore ? Le participant le verra.</translation>
    </message>
    <message>
        <source>Print handout — %1</source>
        <translation>Imprimer le support — %1</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exporter le support</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a task or its due date (YYYY-MM-DD) to change it</source>
        <translation>Double-cliquez sur une tâche ou son échéance (AAAA-MM-JJ) pour la modifier</translation>
    </message>
    <message>
        <source>The due date is YYYY-MM-DD, not “%1”.</source>
        <translation>L’échéance est AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Plus tôt</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Print the session&apos;s handout or save it as PDF</source>
        <translation>Imprimer le support de la session ou l’enregistrer en PDF</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <source>Task outcome</source>
        <translation>Résultat de la tâche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>No level proposals wait for you. Mark an Apply task done on the Session tab to propose one.</source>
        <translation>Aucune proposition de niveau ne vous attend. Marquez une tâche d’application comme faite dans l’onglet « Session » pour en proposer une.</translation>
    </message>
    <message>
        <source>Record the new levels as the lead&apos;s assessments, noting the session</source>
        <translation>Enregistrer les nouveaux niveaux comme évaluations du responsable, en mentionnant la session</translation>
    </message>
    <message>
        <source>Reject the selected proposals with a reason the attendees see</source>
        <translation>Rejeter les propositions sélectionnées avec une raison que voient les participants</translation>
    </message>
    <message>
        <source>Finished Apply tasks propose a level change. Select one or several, then accept them (undoable) or reject them with a reason.</source>
        <translation>Les tâches d’application faites proposent un changement de niveau. Sélectionnez-en une ou plusieurs, puis acceptez-les (annulable) ou rejetez-les avec une raison.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n</source>
        <translation>
            <numerusform>Accepter %n</numerusform>
            <numerusform>Accepter %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n…</source>
        <translation>
            <numerusform>Rejeter %n…</numerusform>
            <numerusform>Rejeter %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n level proposal(s) for %1: recorded as the lead&apos;s assessment.</source>
        <translation>
            <numerusform>%n proposition de niveau acceptée pour %1 : enregistrée comme évaluation du responsable.</numerusform>
            <numerusform>%n propositions de niveau acceptées pour %1 : enregistrées comme évaluation du responsable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n level proposal(s).</source>
        <translation>
            <numerusform>%n proposition de niveau rejetée.</numerusform>
            <numerusform>%n propositions de niveau rejetées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1&apos;s Apply task.</source>
        <translation>Tâche d’application de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Deleted “%1”; undo brings it back.</source>
        <translation>« %1 » supprimé ; annuler le ramène.</translation>
    </message>
    <message>
        <source>%1 ◷  %2  (%3)</source>
        <comment>start on your clock, title, start on the session&apos;s</comment>
        <translation>%1 ◷  %2  (%3)</translation>
    </message>
    <message>
        <source>%1 in the session&apos;s zone; times here are in yours, %2.</source>
        <translation>%1 dans le fuseau de la session ; les heures affichées ici sont dans le vôtre, %2.</translation>
    </message>
    <message>
        <source>Times are in your zone, %1. ◷ marks a session planned in another.</source>
        <translation>Les heures sont affichées dans votre fuseau, %1. ◷ signale une session prévue dans un autre fuseau.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Fuseau &amp;horaire :</translation>
    </message>
    <message>
        <source>The zone the session is planned in; its start is on this zone&apos;s clock. New sessions get the workspace&apos;s zone, %1.</source>
        <translation>Le fuseau dans lequel la session est prévue ; son début est à l’heure de ce fuseau. Les nouvelles sessions reçoivent le fuseau de l’espace de travail, %1.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; choose one from the list, such as Europe/Berlin.</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de ce système ; choisissez-en un dans la liste, par ex. Europe/Berlin.</translation>
    </message>
    <message>
        <source>That is %1 in your zone, %2.</source>
        <translation>Soit %1 dans votre fuseau, %2.</translation>
    </message>
</context>
<context>
    <name>coe::ui::SkillsView</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Autonome</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Formateur</translation>
    </message>
    <message>
        <source>Skills by category</source>
        <translation>Compétences par catégorie</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Supprimer la sélection</translation>
    </message>
    <message>
        <source>No skills yet. Add a category such as &quot;Kubernetes&quot;, then the skills in it, or import them with coectl import skills.</source>
        <translation>Pas encore de compétences. Ajoutez une catégorie comme « Kubernetes », puis ses compétences, ou importez-les avec coectl import skills.</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Ajouter une compétence</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Proficiency scale</source>
        <translation>Échelle de maîtrise</translation>
    </message>
    <message>
        <source>Levels run from 0 upwards. Readiness counts people at the Independent level or above, and Teachers separately.</source>
        <translation>Les niveaux partent de 0. La maturité compte les personnes au niveau Autonome ou au-delà, et les Formateurs à part.</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <source>Remove last level</source>
        <translation>Retirer le dernier niveau</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Couleur…</translation>
    </message>
    <message>
        <source>Default scale</source>
        <translation>Échelle par défaut</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Colour of level %1</source>
        <translation>Couleur du niveau %1</translation>
    </message>
    <message>
        <source>Scale saved.</source>
        <translation>Échelle enregistrée.</translation>
    </message>
    <message>
        <source>Category name:</source>
        <translation>Nom de la catégorie :</translation>
    </message>
    <message>
        <source>Select the category the new skill belongs to.</source>
        <translation>Sélectionnez la catégorie de la nouvelle compétence.</translation>
    </message>
    <message>
        <source>Skill name:</source>
        <translation>Nom de la compétence :</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n skill(s) or categories</source>
        <translation>
            <numerusform>Supprimer %n compétence ou catégorie</numerusform>
            <numerusform>Supprimer %n compétences ou catégories</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted, with their assessments and targets. Undo brings them back.</source>
        <translation>Supprimé, avec les évaluations et objectifs associés. Annuler les rétablit.</translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitItemDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>New summit item</source>
        <translation>Nouvel élément du summit</translation>
    </message>
    <message>
        <source>What the programme calls it</source>
        <translation>Le nom dans le programme</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Aucun parcours</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>&amp;Parcours :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Expected &amp;audience:</source>
        <translation>&amp;Public attendu :</translation>
    </message>
    <message>
        <source>e.g. projector, workstations</source>
        <translation>p. ex. projecteur, postes de travail</translation>
    </message>
    <message>
        <source>&amp;Equipment needed:</source>
        <translation>&amp;Équipement nécessaire :</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Tapez un nom puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Speakers:</source>
        <translation>&amp;Intervenants :</translation>
    </message>
    <message>
        <source>Printed in the track lists and calendar entries</source>
        <translation>Imprimé dans les listes par parcours et les entrées d’agenda</translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>S&amp;kills taught:</source>
        <translation>&amp;Compétences enseignées :</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Tapez une compétence puis Entrée</translation>
    </message>
    <message>
        <source>Not scheduled (in the pool)</source>
        <translation>Non planifié (dans la liste « Non planifiés »)</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Jour %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 places)</translation>
    </message>
    <message numerus="yes">
        <source>In %n room(s) at once: a new day or start moves them all.</source>
        <translation>
            <numerusform>Dans %n salle à la fois : un nouveau jour ou un nouveau début déplace l’ensemble.</numerusform>
            <numerusform>Dans %n salles à la fois : un nouveau jour ou un nouveau début déplace l’ensemble.</numerusform>
        </translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Where and when:</source>
        <translation>&amp;Où et quand :</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Donnez un titre à l’élément.</translation>
    </message>
    <message>
        <source>The summit has no rooms yet: add them in Summit ▸ Settings.</source>
        <translation>Le summit n’a pas encore de salles : ajoutez-les dans Summit ▸ Paramètres.</translation>
    </message>
    <message>
        <source>The venue opens at %1: start at %1 or later.</source>
        <translation>Le lieu ouvre à %1 : commencez à %1 ou plus tard.</translation>
    </message>
    <message>
        <source>%1 + %2 min ends at %3, after the venue closes at %4.</source>
        <translation>%1 + %2 min se termine à %3, après la fermeture du lieu à %4.</translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitSettingsDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Summit settings — %1</source>
        <translation>Paramètres du summit — %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours :</translation>
    </message>
    <message>
        <source>Venue &amp;hours:</source>
        <translation>&amp;Heures d’ouverture :</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warn when a speaker has less time than this between items in different rooms.</source>
        <translation>Avertir quand un intervenant a moins de temps que cela entre deux éléments dans des salles différentes.</translation>
    </message>
    <message>
        <source>Speaker &amp;gap:</source>
        <translation>&amp;Battement des intervenants :</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Equipment (comma-separated)</source>
        <translation>Équipement (séparé par des virgules)</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Salle %1</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Parcours %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Track colour</source>
        <translation>Couleur du parcours</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Speaker availability</source>
        <translation>Disponibilité des intervenants</translation>
    </message>
    <message>
        <source>Double-click to choose the colour</source>
        <translation>Double-cliquez pour choisir la couleur</translation>
    </message>
    <message>
        <source>A person&apos;s name, as in People &amp; teams</source>
        <translation>Le nom d’une personne, comme dans Personnes et équipes</translation>
    </message>
    <message>
        <source>Give the summit a name.</source>
        <translation>Donnez un nom au summit.</translation>
    </message>
    <message>
        <source>The summit ends before it starts.</source>
        <translation>Le summit se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The venue closes before it opens.</source>
        <translation>Le lieu ferme avant d’ouvrir.</translation>
    </message>
    <message>
        <source>Room %1 has no name.</source>
        <translation>La salle %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Two rooms are called “%1”.</source>
        <translation>Deux salles s’appellent « %1 ».</translation>
    </message>
    <message>
        <source>Room “%1”: seats must be a whole number (0 if not known).</source>
        <translation>Salle « %1 » : les places doivent être un nombre entier (0 si inconnu).</translation>
    </message>
    <message>
        <source>Track %1 has no name.</source>
        <translation>Le parcours %1 n’a pas de nom.</translation>
    </message>
    <message>
        <source>Two tracks are called “%1”.</source>
        <translation>Deux parcours s’appellent « %1 ».</translation>
    </message>
    <message>
        <source>Availability row %1: nobody is called “%2”.</source>
        <translation>Disponibilité, ligne %1 : personne ne s’appelle « %2 ».</translation>
    </message>
    <message>
        <source>Availability row %1: the day is YYYY-MM-DD, not “%2”.</source>
        <translation>Disponibilité, ligne %1 : le jour est AAAA-MM-JJ, pas « %2 ».</translation>
    </message>
    <message>
        <source>Availability row %1: give a time range such as 09:00 to 12:30.</source>
        <translation>Disponibilité, ligne %1 : indiquez une plage horaire comme 09:00 à 12:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows (e.g. Europe/Berlin, America/New_York, UTC, UTC+01:00).</source>
        <translation>« %1 » n’est pas un fuseau horaire connu de ce système (par ex. Europe/Berlin, America/New_York, UTC, UTC+01:00).</translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitView</name>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Track lists</source>
        <translation>Listes par parcours</translation>
    </message>
    <message>
        <source>Room signs</source>
        <translation>Affiches de salle</translation>
    </message>
    <message>
        <source>Speakers&apos; run sheets</source>
        <translation>Feuilles de route des intervenants</translation>
    </message>
    <message>
        <source>Changes since the last release</source>
        <translation>Modifications depuis la dernière version</translation>
    </message>
    <message>
        <source>Show one room only</source>
        <translation>Afficher une seule salle</translation>
    </message>
    <message>
        <source>Highlight one track; the others fade</source>
        <translation>Mettre un parcours en avant ; les autres s’estompent</translation>
    </message>
    <message>
        <source>Snap %1 min</source>
        <translation>Grille %1 min</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom arrière (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom avant (Ctrl+molette)</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Summit</translation>
    </message>
    <message>
        <source>New summit…</source>
        <translation>Nouveau summit…</translation>
    </message>
    <message>
        <source>Settings: days, rooms, tracks, availability…</source>
        <translation>Paramètres : jours, salles, parcours, disponibilités…</translation>
    </message>
    <message>
        <source>Suggest programme…</source>
        <translation>Suggérer un programme…</translation>
    </message>
    <message>
        <source>Release schedule…</source>
        <translation>Publier le programme…</translation>
    </message>
    <message>
        <source>Changes since the last release…</source>
        <translation>Modifications depuis la dernière version…</translation>
    </message>
    <message>
        <source>Export calendar (iCalendar)…</source>
        <translation>Exporter l’agenda (iCalendar)…</translation>
    </message>
    <message>
        <source>Export schedule (frab XML or JSON)…</source>
        <translation>Exporter le programme (frab XML ou JSON)…</translation>
    </message>
    <message>
        <source>Import schedule…</source>
        <translation>Importer un programme…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export %1 as PDF…</source>
        <translation>Exporter %1 en PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unscheduled&lt;/b&gt;</source>
        <translation>&lt;b&gt;Non planifiés&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drag an item onto the timetable to schedule it.</source>
        <translation>Faites glisser un élément sur la grille pour le planifier.</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Nouvel élément…</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>Afficher les acceptés</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Accepter…</translation>
    </message>
    <message>
        <source>Mark the selected warning as fine, with a note, so it stops nagging</source>
        <translation>Marquer l’avertissement choisi comme acceptable, avec une note, pour qu’il cesse d’insister</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No summit yet&lt;/h2&gt;&lt;p&gt;Plan an internal conference: rooms, tracks, a timetable that warns about every clash, and printed agendas.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;new&apos;&gt;New summit…&lt;/a&gt; &amp;nbsp; or &amp;nbsp; &lt;a href=&apos;import&apos;&gt;import a schedule&lt;/a&gt; (frab XML or JSON, as pretalx exports it).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Pas encore de summit&lt;/h2&gt;&lt;p&gt;Planifiez une conférence interne : salles, parcours, une grille qui signale chaque conflit, et des agendas imprimés.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;new&apos;&gt;Nouveau summit…&lt;/a&gt; &amp;nbsp; ou &amp;nbsp; &lt;a href=&apos;import&apos;&gt;importer un programme&lt;/a&gt; (frab XML ou JSON, comme l’exporte pretalx).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Added to %n more room(s).</source>
        <translation>
            <numerusform>Ajouté à %n autre salle.</numerusform>
            <numerusform>Ajouté à %n autres salles.</numerusform>
        </translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Toutes les salles</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Tous les parcours</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Jour %1 · %2</translation>
    </message>
    <message>
        <source>Everything is scheduled. New items land here first.</source>
        <translation>Tout est planifié. Les nouveaux éléments arrivent d’abord ici.</translation>
    </message>
    <message>
        <source>Drag an item onto the timetable to schedule it; double-click to edit.</source>
        <translation>Faites glisser un élément sur la grille pour le planifier ; double-cliquez pour le modifier.</translation>
    </message>
    <message>
        <source>%1
Acknowledged: %2</source>
        <translation>%1
Accepté : %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(sans note)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun avertissement&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n warning(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n avertissement&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n avertissements&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge warning</source>
        <translation>Accepter l’avertissement</translation>
    </message>
    <message>
        <source>%1

Why is this fine?</source>
        <translation>%1

Pourquoi est-ce acceptable ?</translation>
    </message>
    <message>
        <source>Acknowledged: it will not be counted again.</source>
        <translation>Accepté : il ne sera plus compté.</translation>
    </message>
    <message>
        <source>New summit</source>
        <translation>Nouveau summit</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>CoE Summit %1</source>
        <translation>CoE Summit %1</translation>
    </message>
    <message>
        <source>Release version %1 of “%2”? Printed agendas will name it.</source>
        <translation>Publier la version %1 de « %2 » ? Les agendas imprimés la mentionneront.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since version %1.</source>
        <translation>
            <numerusform>%n modification depuis la version %1.</numerusform>
            <numerusform>%n modifications depuis la version %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) are still open.</source>
        <translation>
            <numerusform>%n avertissement est encore ouvert.</numerusform>
            <numerusform>%n avertissements sont encore ouverts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release schedule</source>
        <translation>Publier le programme</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Released version %1.</source>
        <translation>Version %1 publiée.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>“%1” has not been released yet: release it first, then changes are listed against it.</source>
        <translation>« %1 » n’a pas encore été publié : publiez-le d’abord, les modifications seront ensuite listées par rapport à lui.</translation>
    </message>
    <message>
        <source>Add suggested tracks</source>
        <translation>Ajouter les parcours suggérés</translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s).</source>
        <translation>
            <numerusform>%n parcours ajouté.</numerusform>
            <numerusform>%n parcours ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimer %1</translation>
    </message>
    <message>
        <source>version %1 → now</source>
        <translation>version %1 → maintenant</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%n page).</numerusform>
            <numerusform>%1 écrit (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter l’agenda</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <source>frab XML (*.xml);;frab JSON (*.json)</source>
        <translation>frab XML (*.xml);;frab JSON (*.json)</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>Importer un programme</translation>
    </message>
    <message>
        <source>frab schedule (*.xml *.json);;All files (*)</source>
        <translation>Programme frab (*.xml *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 events in %3 rooms.</source>
        <translation>« %1 » importé : %2 événements dans %3 salles.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) needed fixing; see the details.</source>
        <translation>
            <numerusform>%n événement a dû être corrigé ; voir les détails.</numerusform>
            <numerusform>%n événements ont dû être corrigés ; voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, with these fixes:
%1</source>
        <translation>Importé, avec ces corrections :
%1</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Modifier l’élément…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Supprimer l’élément</translation>
    </message>
    <message>
        <source>Delete “%1” from the summit? Undo brings it back.</source>
        <translation>Supprimer « %1 » du summit ? Annuler le ramène.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Scheduled “%1” in %2, %3–%4.</source>
        <translation>« %1 » planifié dans %2, %3–%4.</translation>
    </message>
    <message>
        <source>Unscheduled “%1”: it is back in the pool.</source>
        <translation>« %1 » retiré du programme : il est de retour parmi les éléments non planifiés.</translation>
    </message>
    <message>
        <source>Saved the settings of “%1”.</source>
        <translation>Paramètres de « %1 » enregistrés.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>« %1 » enregistré.</translation>
    </message>
    <message>
        <source>Saved “%1”; it is back in the pool.</source>
        <translation>« %1 » enregistré ; il est de retour parmi les éléments non planifiés.</translation>
    </message>
    <message>
        <source>Saved “%1”, in %2 on %3 at %4.</source>
        <translation>« %1 » enregistré, dans %2 le %3 à %4.</translation>
    </message>
    <message>
        <source>Deleted “%1”; undo brings it back.</source>
        <translation>« %1 » supprimé ; annuler le ramène.</translation>
    </message>
    <message>
        <source>Added “%1” in %2 at %3.</source>
        <translation>« %1 » ajouté dans %2 à %3.</translation>
    </message>
    <message>
        <source>Added to the unscheduled pool: drag it onto the timetable, or give it a day, room and start.</source>
        <translation>Ajouté aux éléments non planifiés : faites-le glisser sur la grille, ou donnez-lui un jour, une salle et un début.</translation>
    </message>
    <message>
        <source>%1 (yours: %2)</source>
        <translation>%1 (le vôtre : %2)</translation>
    </message>
    <message>
        <source>The timetable shows the venue&apos;s time, %1, which is also yours.</source>
        <translation>La grille affiche l’heure du lieu, %1, qui est aussi la vôtre.</translation>
    </message>
    <message>
        <source>The timetable shows the venue&apos;s time, %1; your zone is %2.</source>
        <translation>La grille affiche l’heure du lieu, %1 ; votre fuseau est %2.</translation>
    </message>
</context>
<context>
    <name>coe::ui::TeamCard</name>
    <message>
        <source>Show %1&apos;s charts</source>
        <translation>Afficher les graphiques de %1</translation>
    </message>
    <message>
        <source>%1, readiness %2</source>
        <translation>%1, maturité %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Forecast %1 at roll-off on %2</source>
        <translation>Prévision %1 au départ le %2</translation>
    </message>
    <message>
        <source>Single points of failure: %1</source>
        <translation>Points de défaillance uniques : %1</translation>
    </message>
    <message>
        <source>Consultant-dependent: %1</source>
        <translation>Dépendant des consultants : %1</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Prochaines actions</translation>
    </message>
    <message>
        <source>No skill requirements or capabilities yet: readiness needs one or the other.</source>
        <translation>Pas encore d&apos;exigences de compétences ni de capacités : la maturité a besoin de l&apos;une ou de l&apos;autre.</translation>
    </message>
    <message>
        <source>coverage %1 · teachers %2 · hand-over %3</source>
        <translation>couverture %1 · formateurs %2 · transfert %3</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 mois</translation>
    </message>
    <message>
        <source>No forecast: no engagement with a roll-off date for this team.</source>
        <translation>Pas de prévision : aucune mission avec date de fin pour cette équipe.</translation>
    </message>
    <message>
        <source>Hand-over –: no capabilities yet; add them to an engagement for this team.</source>
        <translation>Transfert – : pas encore de capacités ; ajoutez-les à une mission pour cette équipe.</translation>
    </message>
    <message>
        <source>Coverage –: no skill requirements yet; set them in People &amp; teams.</source>
        <translation>Couverture – : pas encore d’exigences de compétences ; définissez-les dans « Personnes &amp; équipes ».</translation>
    </message>
</context>
<context>
    <name>coe::ui::TimetableWidget</name>
    <message>
        <source>%1 seats</source>
        <translation>%1 places</translation>
    </message>
    <message>
        <source>This summit has no rooms yet. Add them in Summit ▸ Settings.</source>
        <translation>Ce summit n’a pas encore de salles. Ajoutez-les dans Summit ▸ Paramètres.</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Modifier l’élément…</translation>
    </message>
    <message>
        <source>Copy to all rooms</source>
        <translation>Copier dans toutes les salles</translation>
    </message>
    <message>
        <source>Breaks and plenaries can take place in every room at once.</source>
        <translation>Les pauses et plénières peuvent avoir lieu dans toutes les salles à la fois.</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Retirer du programme</translation>
    </message>
</context>
<context>
    <name>coe::ui::WeekView</name>
    <message numerus="yes">
        <source>%1, %2–%3
%4
%n attendee(s)</source>
        <translation>
            <numerusform>%1, %2–%3
%4
%n participant</numerusform>
            <numerusform>%1, %2–%3
%4
%n participants</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 de plus</translation>
    </message>
</context>
<context>
    <name>coe::ui::WelcomeView</name>
    <message>
        <source>Welcome to CoE Studio</source>
        <translation>Bienvenue dans CoE Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keep your Center of Excellence&apos;s skill matrices, plan how knowledge moves from the experts to your staff &amp;mdash; shadow, coach, mentor &amp;mdash; plan CoE Summits and print their agendas, and chart how ready each team is to run its platform on its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tenez les matrices de compétences de votre centre d&apos;excellence, planifiez le passage des connaissances des experts vers vos équipes &amp;mdash; observer, être coaché, être mentoré &amp;mdash;, préparez les CoE Summits et imprimez leur programme, et suivez la capacité de chaque équipe à exploiter seule sa plateforme.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation>Créer un espace de démonstration</translation>
    </message>
    <message>
        <source>Explore a sample CoE: teams, skills, history and a summit.</source>
        <translation>Explorer un CoE d&apos;exemple : équipes, compétences, historique et un summit.</translation>
    </message>
    <message>
        <source>New empty workspace…</source>
        <translation>Nouvel espace de travail vide…</translation>
    </message>
    <message>
        <source>Start your own: a .coe file with the default proficiency scale.</source>
        <translation>Commencer le vôtre : un fichier .coe avec l&apos;échelle de maîtrise par défaut.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a .coe workspace file.</source>
        <translation>Ouvrir un fichier d&apos;espace de travail .coe.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espaces de travail récents</translation>
    </message>
</context>
<context>
    <name>coe::ui::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>Paramètres de l’espace de travail</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Sessions that name no zone of their own are in this zone. Changing it keeps their wall-clock times, which are then read in the new zone.</source>
        <translation>Les sessions qui n’indiquent pas de fuseau propre sont dans ce fuseau. Le changer conserve leurs heures d’horloge, lues alors dans le nouveau fuseau.</translation>
    </message>
    <message>
        <source>Readiness index</source>
        <translation>Indice de maturité</translation>
    </message>
    <message>
        <source>&amp;Coverage of required skills:</source>
        <translation>&amp;Couverture des compétences requises :</translation>
    </message>
    <message>
        <source>T&amp;eachers where required:</source>
        <translation>F&amp;ormateurs là où ils sont requis :</translation>
    </message>
    <message>
        <source>Capability &amp;hand-over:</source>
        <translation>&amp;Transfert des capacités :</translation>
    </message>
    <message>
        <source>Together:</source>
        <translation>Au total :</translation>
    </message>
    <message>
        <source>How much each part counts in every team&apos;s readiness index. A part a team has nothing to count in drops out, and the others are scaled to make up 100 %.</source>
        <translation>Le poids de chaque partie dans l’indice de maturité de chaque équipe. Une partie où une équipe n’a rien à compter est écartée, et les autres sont mises à l’échelle pour faire 100 %.</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>Valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>The readiness weights add up to %1 %; they must add up to 100 %.</source>
        <translation>Les poids de la maturité totalisent %1 % ; ils doivent totaliser 100 %.</translation>
    </message>
    <message>
        <source>It is %1 there now (%2).</source>
        <translation>Il est %1 là-bas (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CoE Studio: skill matrices, knowledge transfer, summits and team readiness.</source>
        <translation>CoE Studio : matrices de compétences, transfert de connaissances, summits et maturité des équipes.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to FILE and exit.</source>
        <translation>Dessiner la fenêtre principale hors écran dans FICHIER puis quitter.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Taille de fenêtre pour --screenshot (par défaut 1400x900).</translation>
    </message>
    <message>
        <source>Show the window, grab it from the screen into FILE and exit (for Xvfb).</source>
        <translation>Afficher la fenêtre, la capturer depuis l&apos;écran dans FICHIER puis quitter (pour Xvfb).</translation>
    </message>
    <message>
        <source>Use the language CODE (de, es, fr or en) instead of the system&apos;s.</source>
        <translation>Utiliser la langue CODE (de, es, fr ou en) au lieu de celle du système.</translation>
    </message>
    <message>
        <source>A .coe file or a postgresql:// URL to open (default: the last one).</source>
        <translation>Un fichier .coe ou une URL postgresql:// à ouvrir (par défaut : le dernier).</translation>
    </message>
    <message>
        <source>Views (for --view NAME):</source>
        <translation>Vues (pour --view NAME) :</translation>
    </message>
    <message>
        <source>Show the view NAME (see Views above) once a workspace is open.</source>
        <translation>Afficher la vue NAME (voir Vues ci-dessus) une fois un espace de travail ouvert.</translation>
    </message>
    <message>
        <source>Use the theme NAME (system, light or dark) instead of the one chosen in Preferences.</source>
        <translation>Utiliser le thème NAME (system, light ou dark) au lieu de celui choisi dans les Préférences.</translation>
    </message>
</context>
</TS>
