<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>Show &amp;status bar</source>
        <translation>Afficher la barre d&apos;é&amp;tat</translation>
    </message>
    <message>
        <source>&amp;About CoE Studio</source>
        <translation>À &amp;propos de CoE Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
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
        <translation>&amp;Aide</translation>
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
        <source>Use the language CODE (e.g. de, fr) instead of the system&apos;s.</source>
        <translation>Utiliser la langue CODE (par ex. de, fr) au lieu de celle du système.</translation>
    </message>
</context>
</TS>
