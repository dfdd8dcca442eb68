<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AssessmentBatches</name>
    <message>
        <source>Assessment batch %1 is damaged: its grid holds %2 bytes for %3 × %4 cells.</source>
        <translation>El lote de evaluaciones %1 está dañado: su cuadrícula contiene %2 bytes para %3 × %4 celdas.</translation>
    </message>
    <message>
        <source>assessment batch %1: %2 bytes of levels for %3 people × %4 skills</source>
        <translation>lote de evaluaciones %1: %2 bytes de niveles para %3 personas × %4 habilidades</translation>
    </message>
    <message numerus="yes">
        <source>assessment batch %1: %n link(s) outside its grid</source>
        <translation>
            <numerusform>lote de evaluaciones %1: %n vínculo fuera de su cuadrícula</numerusform>
            <numerusform>lote de evaluaciones %1: %n vínculos fuera de su cuadrícula</numerusform>
        </translation>
    </message>
    <message>
        <source>assessment batch %1: cell %2 holds %3, which is no level on the scale</source>
        <translation>lote de evaluaciones %1: la celda %2 contiene %3, que no es un nivel de la escala</translation>
    </message>
</context>
<context>
    <name>CatalogImport</name>
    <message>
        <source>%1, line 1: no &apos;name&apos; column. The header needs at least: name; it may also have email, team, role, external, time zone.</source>
        <translation>%1, línea 1: no hay columna «name». La cabecera necesita al menos: name; también puede tener email, team, role, external, time zone.</translation>
    </message>
    <message>
        <source>Import people from %1</source>
        <translation>Importar personas de %1</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header has %3</source>
        <translation>%1 tiene %2 campos; la cabecera tiene %3</translation>
    </message>
    <message>
        <source>%1: the name is empty</source>
        <translation>%1: el nombre está vacío</translation>
    </message>
    <message>
        <source>%1: external must be yes or no, not &apos;%2&apos;</source>
        <translation>%1: external debe ser yes o no, no «%2»</translation>
    </message>
    <message>
        <source>%1: %2 appears twice in the file</source>
        <translation>%1: %2 aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>team %1</source>
        <translation>equipo %1</translation>
    </message>
    <message>
        <source>role %1</source>
        <translation>rol %1</translation>
    </message>
    <message>
        <source>%1 has a header but no people.</source>
        <translation>%1 tiene cabecera pero ninguna persona.</translation>
    </message>
    <message>
        <source>%1, line 1: the header needs the columns category and skill (and may have description).</source>
        <translation>%1, línea 1: la cabecera necesita las columnas category y skill (y puede tener description).</translation>
    </message>
    <message>
        <source>Import skills from %1</source>
        <translation>Importar habilidades de %1</translation>
    </message>
    <message>
        <source>%1: the category is empty</source>
        <translation>%1: la categoría está vacía</translation>
    </message>
    <message>
        <source>%1: the skill is empty</source>
        <translation>%1: la habilidad está vacía</translation>
    </message>
    <message>
        <source>%1: the skill %2 appears twice in the file</source>
        <translation>%1: la habilidad %2 aparece dos veces en el archivo</translation>
    </message>
    <message>
        <source>category %1</source>
        <translation>categoría %1</translation>
    </message>
    <message>
        <source>%1 has a header but no skills.</source>
        <translation>%1 tiene cabecera pero ninguna habilidad.</translation>
    </message>
    <message>
        <source>%1: the %2 is %3 characters long; at most %4 are allowed</source>
        <translation>%1: el campo %2 tiene %3 caracteres; se permiten como máximo %4</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>habilidad</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>All teams · data as of %1</source>
        <translation>Todos los equipos · datos a %1</translation>
    </message>
    <message>
        <source>%1 · data as of %2</source>
        <translation>%1 · datos a %2</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>hace %1 meses</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Coverage by skill category</source>
        <translation>Cobertura por categoría de habilidades</translation>
    </message>
    <message>
        <source>Expert leads</source>
        <translation>Dirige el experto</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>Staff leads</source>
        <translation>Dirige el personal</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capacidades</translation>
    </message>
    <message>
        <source>Capabilities by hand-over phase</source>
        <translation>Capacidades por fase de traspaso</translation>
    </message>
    <message>
        <source>Readiness index</source>
        <translation>Índice de preparación</translation>
    </message>
    <message>
        <source>Forecast to roll-off on %1</source>
        <translation>Previsión hasta la salida el %1</translation>
    </message>
    <message>
        <source>Index (0-100)</source>
        <translation>Índice (0-100)</translation>
    </message>
    <message>
        <source>Readiness index by month</source>
        <translation>Índice de preparación por mes</translation>
    </message>
    <message>
        <source>Independent or above</source>
        <translation>Independiente o superior</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requerido</translation>
    </message>
    <message>
        <source> — single point of failure</source>
        <translation> — punto único de fallo</translation>
    </message>
    <message>
        <source> — consultant-dependent</source>
        <translation> — dependiente de consultores</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Independent people per required skill</source>
        <translation>Personas independientes por habilidad requerida</translation>
    </message>
    <message>
        <source>Target (100%)</source>
        <translation>Objetivo (100 %)</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>%1: the file name must end in .png, .svg or .pdf.</source>
        <translation>%1: el nombre del archivo debe terminar en .png, .svg o .pdf.</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Levels %1 and above are still used by assessments or targets; move those to other levels first.</source>
        <translation>Los niveles %1 y superiores aún se usan en evaluaciones u objetivos; páselos antes a otros niveles.</translation>
    </message>
    <message>
        <source>Someone else changed this %1 since you loaded it. Reload and make your change again.</source>
        <translation>Otra persona ha cambiado este elemento (%1) desde que lo cargó. Vuelva a cargarlo y repita el cambio.</translation>
    </message>
    <message>
        <source>Could not redo &apos;%1&apos;: %2</source>
        <translation>No se pudo rehacer «%1»: %2</translation>
    </message>
    <message>
        <source>Could not undo &apos;%1&apos;: %2</source>
        <translation>No se pudo deshacer «%1»: %2</translation>
    </message>
    <message>
        <source>Someone else removed this %1 since you loaded it. Reload and try again.</source>
        <translation>Otra persona ha eliminado este elemento (%1) desde que lo cargó. Vuelva a cargar e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 está vacío: se esperaba una fila de cabecera y filas de datos.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a people or skills list is at most %3 MB.</source>
        <translation>%1 ocupa %2 MB; una lista de personas o habilidades ocupa como máximo %3 MB.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>People, skills and teams must be at least 1 and history at least 0 months.</source>
        <translation>Personas, habilidades y equipos deben ser al menos 1, y el historial al menos 0 meses.</translation>
    </message>
    <message>
        <source>skills</source>
        <translation>habilidades</translation>
    </message>
    <message>
        <source>teams and roles</source>
        <translation>equipos y roles</translation>
    </message>
    <message>
        <source>Runs the %1 services.</source>
        <translation>Opera los servicios de %1.</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>evaluaciones</translation>
    </message>
    <message>
        <source>Observed during pairing.</source>
        <translation>Observado durante el trabajo en pareja.</translation>
    </message>
    <message>
        <source>team requirements</source>
        <translation>requisitos de los equipos</translation>
    </message>
    <message>
        <source>engagements</source>
        <translation>colaboraciones</translation>
    </message>
    <message>
        <source>%1 platform hand-over</source>
        <translation>Traspaso de la plataforma %1</translation>
    </message>
    <message>
        <source>Expert runs it; staff shadow.</source>
        <translation>El experto lo hace; el personal observa.</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>Bite-size: %1</source>
        <translation>En píldoras: %1</translation>
    </message>
    <message>
        <source>Room Ada</source>
        <translation>Sala Ada</translation>
    </message>
    <message>
        <source>Apply it to one real change in your team&apos;s repository.</source>
        <translation>Aplíquelo a un cambio real en el repositorio de su equipo.</translation>
    </message>
    <message>
        <source>Done on the payments stack; reviewed by the expert.</source>
        <translation>Hecho en la plataforma de pagos; revisado por el experto.</translation>
    </message>
    <message>
        <source>Could not add a level proposal.</source>
        <translation>No se pudo añadir una propuesta de nivel.</translation>
    </message>
    <message>
        <source>summit</source>
        <translation>cumbre</translation>
    </message>
    <message>
        <source>CoE Summit %1</source>
        <translation>Cumbre CoE %1</translation>
    </message>
    <message>
        <source>Harbour Conference Centre</source>
        <translation>Centro de Congresos del Puerto</translation>
    </message>
    <message>
        <source>Main hall</source>
        <translation>Sala principal</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorio</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Fiabilidad</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Welcome: a year of running it ourselves</source>
        <translation>Bienvenida: un año gestionándolo nosotros mismos</translation>
    </message>
    <message>
        <source>Terraform state without tears</source>
        <translation>Estado de Terraform sin lágrimas</translation>
    </message>
    <message>
        <source>SLOs the business understands</source>
        <translation>SLO que el negocio entiende</translation>
    </message>
    <message>
        <source>Hands-on: Helm charts from scratch</source>
        <translation>Práctica: charts de Helm desde cero</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Café</translation>
    </message>
    <message>
        <source>Postmortems that change things</source>
        <translation>Postmortems que cambian las cosas</translation>
    </message>
    <message>
        <source>Five secrets we leaked (and how)</source>
        <translation>Cinco secretos que filtramos (y cómo)</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Almuerzo</translation>
    </message>
    <message>
        <source>Supply chain security in our pipelines</source>
        <translation>Seguridad de la cadena de suministro en nuestros pipelines</translation>
    </message>
    <message>
        <source>Restore drill: the database is gone</source>
        <translation>Simulacro de restauración: la base de datos ha desaparecido</translation>
    </message>
    <message>
        <source>Cluster upgrades without drama</source>
        <translation>Actualizaciones de clúster sin dramas</translation>
    </message>
    <message>
        <source>OpenTelemetry in practice</source>
        <translation>OpenTelemetry en la práctica</translation>
    </message>
    <message>
        <source>Closing: who runs what next quarter</source>
        <translation>Cierre: quién gestiona qué el próximo trimestre</translation>
    </message>
    <message>
        <source>Cost management for engineers</source>
        <translation>Gestión de costes para ingenieros</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>guardando</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>The %1 needs a name.</source>
        <translation>Falta el nombre (%1).</translation>
    </message>
    <message>
        <source>The %1&apos;s name is longer than 200 characters.</source>
        <translation>El nombre (%1) tiene más de 200 caracteres.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an email address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>team</source>
        <translation>equipo</translation>
    </message>
    <message>
        <source>There is already a team named &apos;%1&apos;.</source>
        <translation>Ya existe un equipo llamado «%1».</translation>
    </message>
    <message>
        <source>Add team %1</source>
        <translation>Añadir el equipo %1</translation>
    </message>
    <message>
        <source>Edit team %1</source>
        <translation>Editar el equipo %1</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>There is already a role named &apos;%1&apos;.</source>
        <translation>Ya existe un rol llamado «%1».</translation>
    </message>
    <message>
        <source>Add role %1</source>
        <translation>Añadir el rol %1</translation>
    </message>
    <message>
        <source>Edit role %1</source>
        <translation>Editar el rol %1</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>Someone else already has the email %1.</source>
        <translation>Otra persona ya tiene el correo electrónico %1.</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <source>There is already a category named &apos;%1&apos; here.</source>
        <translation>Aquí ya existe una categoría llamada «%1».</translation>
    </message>
    <message>
        <source>Add category %1</source>
        <translation>Añadir la categoría %1</translation>
    </message>
    <message>
        <source>A category cannot be placed inside itself.</source>
        <translation>Una categoría no puede colocarse dentro de sí misma.</translation>
    </message>
    <message>
        <source>Edit category %1</source>
        <translation>Editar la categoría %1</translation>
    </message>
    <message>
        <source>skill</source>
        <translation>habilidad</translation>
    </message>
    <message>
        <source>Choose a category for the skill %1.</source>
        <translation>Elija una categoría para la habilidad %1.</translation>
    </message>
    <message>
        <source>There is already a skill named &apos;%1&apos;.</source>
        <translation>Ya existe una habilidad llamada «%1».</translation>
    </message>
    <message>
        <source>Add skill %1</source>
        <translation>Añadir la habilidad %1</translation>
    </message>
    <message>
        <source>Edit skill %1</source>
        <translation>Editar la habilidad %1</translation>
    </message>
    <message>
        <source>Change the proficiency scale</source>
        <translation>Cambiar la escala de dominio</translation>
    </message>
    <message>
        <source>Interest goes from 0 to %1, not %2.</source>
        <translation>El interés va de 0 a %1, no %2.</translation>
    </message>
    <message>
        <source>Level %1 is not on this workspace&apos;s scale.</source>
        <translation>El nivel %1 no está en la escala de este espacio de trabajo.</translation>
    </message>
    <message>
        <source>Assess skill</source>
        <translation>Evaluar habilidad</translation>
    </message>
    <message>
        <source>Change the role&apos;s targets</source>
        <translation>Cambiar los objetivos del rol</translation>
    </message>
    <message>
        <source>A requirement of another team was given for this team.</source>
        <translation>Se indicó para este equipo un requisito de otro equipo.</translation>
    </message>
    <message>
        <source>Change the skill requirements</source>
        <translation>Cambiar los requisitos de habilidades</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>Import %n cell(s) from %1</source>
        <translation>
            <numerusform>Importar %n celda de %1</numerusform>
            <numerusform>Importar %n celdas de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not redo &apos;%1&apos;: %2</source>
        <translation>No se pudo rehacer «%1»: %2</translation>
    </message>
    <message>
        <source>Could not undo &apos;%1&apos;: %2</source>
        <translation>No se pudo deshacer «%1»: %2</translation>
    </message>
    <message>
        <source>The workspace changed while %1 was being checked (people or skills were added or edited by someone else); nothing was written. Import the file again.</source>
        <translation>El espacio de trabajo cambió mientras se comprobaba %1 (otra persona añadió o editó personas o habilidades); no se escribió nada. Vuelva a importar el archivo.</translation>
    </message>
</context>
<context>
    <name>Interest</name>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Curious</source>
        <translation>Con curiosidad</translation>
    </message>
    <message>
        <source>Keen</source>
        <translation>Con ganas</translation>
    </message>
    <message>
        <source>Wants to lead</source>
        <translation>Quiere liderar</translation>
    </message>
</context>
<context>
    <name>MatrixExport</name>
    <message>
        <source>There is no team named &apos;%1&apos;.</source>
        <translation>No hay ningún equipo llamado «%1».</translation>
    </message>
    <message>
        <source>There is no skill category named &apos;%1&apos;.</source>
        <translation>No hay ninguna categoría de habilidades llamada «%1».</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: the matrix needs %L2 rows and a spreadsheet holds at most %L3. Export the wide form, one team or one category, or CSV.</source>
        <translation>No se puede escribir %1: la matriz necesita %L2 filas y una hoja de cálculo admite como máximo %L3. Exporte el formato ancho, un solo equipo o una sola categoría, o CSV.</translation>
    </message>
    <message>
        <source>Cannot write %1: the matrix needs %L2 columns and a spreadsheet holds at most %L3. Export the long form, one category, or CSV.</source>
        <translation>No se puede escribir %1: la matriz necesita %L2 columnas y una hoja de cálculo admite como máximo %L3. Exporte el formato largo, una sola categoría, o CSV.</translation>
    </message>
    <message>
        <source>Pick a level from the list or type its number: %1</source>
        <translation>Elija un nivel de la lista o escriba su número: %1</translation>
    </message>
    <message>
        <source>Pick a level from the list or type its number: %1 … %2</source>
        <translation>Elija un nivel de la lista o escriba su número: %1 … %2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Cannot write %1: no room for a temporary file in %2.</source>
        <translation>No se puede escribir %1: no hay espacio para un archivo temporal en %2.</translation>
    </message>
    <message>
        <source>Not a level</source>
        <translation>No es un nivel</translation>
    </message>
    <message>
        <source>Cannot write %1: the disk is full. Free some space and try again.</source>
        <translation>No se puede escribir %1: el disco está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>MatrixImport</name>
    <message>
        <source>0 to %1, or a label such as %2</source>
        <translation>de 0 a %1, o una etiqueta como %2</translation>
    </message>
    <message>
        <source>%1: no Person (or Name) column in the header row.</source>
        <translation>%1: no hay columna Person (ni Name) en la fila de cabecera.</translation>
    </message>
    <message>
        <source>%1: no skill named &apos;%2&apos; in this workspace (import with --create-missing to add it)</source>
        <translation>%1: no hay ninguna habilidad llamada «%2» en este espacio de trabajo (importe con --create-missing para añadirla)</translation>
    </message>
    <message>
        <source>%1: %2 people are named &apos;%3&apos;; add an Email column to tell them apart</source>
        <translation>%1: %2 personas se llaman «%3»; añada una columna Email para distinguirlas</translation>
    </message>
    <message>
        <source>%1: no person &apos;%2&apos; in this workspace (import with --create-missing to add them)</source>
        <translation>%1: no hay ninguna persona «%2» en este espacio de trabajo (importe con --create-missing para añadirla)</translation>
    </message>
    <message>
        <source>%1: a header row but no data rows</source>
        <translation>%1: una fila de cabecera pero ninguna fila de datos</translation>
    </message>
    <message>
        <source>%1 has %2 fields, the header has %3</source>
        <translation>%1 tiene %2 campos; la cabecera tiene %3</translation>
    </message>
    <message>
        <source>%1: the person&apos;s name is empty</source>
        <translation>%1: el nombre de la persona está vacío</translation>
    </message>
    <message>
        <source>%1: %2 appears on more than one row</source>
        <translation>%1: %2 aparece en más de una fila</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a level (%3)</source>
        <translation>%1: «%2» no es un nivel (%3)</translation>
    </message>
    <message>
        <source>%1: the person or skill is empty</source>
        <translation>%1: la persona o la habilidad está vacía</translation>
    </message>
    <message>
        <source>%1: the source is self, lead or consultant, not &apos;%2&apos;</source>
        <translation>%1: la fuente es self, lead o consultant, no «%2»</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>%1: «%2» no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1: %2 / %3 appears twice for the same source and date</source>
        <translation>%1: %2 / %3 aparece dos veces para la misma fuente y fecha</translation>
    </message>
    <message>
        <source>%1: a long file needs a Skill and a Level column.</source>
        <translation>%1: un archivo largo necesita una columna Skill y una columna Level.</translation>
    </message>
    <message>
        <source>This workspace numbers its people or skills past 2,147,483,647, which an import cannot address; copy the workspace to renumber them.</source>
        <translation>Este espacio de trabajo numera sus personas o habilidades por encima de 2.147.483.647, algo que una importación no puede direccionar; copie el espacio de trabajo para renumerarlas.</translation>
    </message>
    <message>
        <source>%1 has more than %2 cells to import; import it in parts.</source>
        <translation>%1 tiene más de %2 celdas que importar; impórtelo por partes.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… y %n problema más</numerusform>
            <numerusform>… y %n problemas más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: a name of %2 characters; names are at most %3</source>
        <translation>%1: un nombre de %2 caracteres; los nombres tienen como máximo %3</translation>
    </message>
    <message>
        <source>%1: an email address of %2 characters; addresses are at most %3</source>
        <translation>%1: una dirección de correo de %2 caracteres; las direcciones tienen como máximo %3</translation>
    </message>
    <message>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 está vacío: se esperaba una fila de cabecera y filas de datos.</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled; nothing was written.</source>
        <translation>Se canceló la importación de %1; no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <source>Upgrading to schema version %1 (%2) failed: %3</source>
        <translation>Falló la actualización a la versión de esquema %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>OdsReader</name>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, hoja %2</translation>
    </message>
    <message>
        <source>the sheet&apos;s content.xml</source>
        <translation>el content.xml de la hoja</translation>
    </message>
    <message>
        <source>a paragraph of a cell does not end</source>
        <translation>un párrafo de una celda no termina</translation>
    </message>
</context>
<context>
    <name>OdsWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the file was not opened.</source>
        <translation>No se puede escribir %1: el archivo no se abrió.</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>nobody in the team yet; look wider or hire</source>
        <translation>nadie en el equipo todavía; busque más allá o contrate</translation>
    </message>
    <message>
        <source>candidates %1</source>
        <translation>candidatos: %1</translation>
    </message>
    <message>
        <source>%1: one more Independent needed; %2</source>
        <translation>%1: falta una persona Independiente más; %2</translation>
    </message>
    <message>
        <source>%1: a Teacher is needed; %2</source>
        <translation>%1: se necesita un Docente; %2</translation>
    </message>
    <message>
        <source>Expert leads</source>
        <translation>Dirige el experto</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>Staff leads</source>
        <translation>Dirige el personal</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>%1: move from %2 to %3</source>
        <translation>%1: pasar de «%2» a «%3»</translation>
    </message>
</context>
<context>
    <name>ReadinessReport</name>
    <message>
        <source>Team readiness · %1</source>
        <translation>Preparación del equipo · %1</translation>
    </message>
    <message>
        <source>Data as of %1</source>
        <translation>Datos a %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Readiness index %1 of 100</source>
        <translation>Índice de preparación %1 de 100</translation>
    </message>
    <message>
        <source>Coverage %1 · Teachers %2 · Hand-over %3</source>
        <translation>Cobertura %1 · Docentes %2 · Traspaso %3</translation>
    </message>
    <message>
        <source>Forecast at roll-off of %1 on %2: %3</source>
        <translation>Previsión a la salida de %1 el %2: %3</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Carencias</translation>
    </message>
    <message>
        <source>Single points of failure (one internal Independent): %1</source>
        <translation>Puntos únicos de fallo (una sola persona interna Independiente): %1</translation>
    </message>
    <message>
        <source>Consultant-dependent (no internal Independent): %1</source>
        <translation>Dependiente de consultores (ninguna persona interna Independiente): %1</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Próximas acciones</translation>
    </message>
    <message>
        <source>Required skill</source>
        <translation>Habilidad requerida</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Necesarias</translation>
    </message>
    <message>
        <source>Have</source>
        <translation>Hay</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Cobertura</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Required skills</source>
        <translation>Habilidades requeridas</translation>
    </message>
    <message>
        <source>single point of failure</source>
        <translation>punto único de fallo</translation>
    </message>
    <message>
        <source>consultant-dependent</source>
        <translation>dependiente de consultores</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>The workspace has no teams yet, so there is nothing to report.</source>
        <translation>El espacio de trabajo aún no tiene equipos, así que no hay nada que informar.</translation>
    </message>
</context>
<context>
    <name>RowStore</name>
    <message>
        <source>The new row of %1 got no id.</source>
        <translation>La nueva fila de %1 no recibió ningún id.</translation>
    </message>
    <message>
        <source>This %1 was changed or deleted by someone else since you loaded it. Reload the view and make your change again.</source>
        <translation>Otra persona cambió o eliminó este elemento (%1) desde que lo cargó. Vuelva a cargar la vista y repita el cambio.</translation>
    </message>
    <message>
        <source>No row %1 in %2.</source>
        <translation>No existe la fila %1 en %2.</translation>
    </message>
    <message numerus="yes">
        <source>It is still used by %n row(s) of %1.</source>
        <translation>
            <numerusform>Aún lo usa %n fila de %1.</numerusform>
            <numerusform>Aún lo usan %n filas de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>CoE Studio named a table %1, which no workspace has.</source>
        <translation>CoE Studio nombró una tabla %1, que ningún espacio de trabajo tiene.</translation>
    </message>
    <message>
        <source>CoE Studio named a column %1 of %2, which that table does not have.</source>
        <translation>CoE Studio nombró una columna %1 de %2, que esa tabla no tiene.</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Unaware</source>
        <translation>Sin experiencia</translation>
    </message>
    <message>
        <source>Has not worked with it yet.</source>
        <translation>Aún no ha trabajado con ello.</translation>
    </message>
    <message>
        <source>Shadowing</source>
        <translation>Observación</translation>
    </message>
    <message>
        <source>Watches an expert do it; can explain the steps.</source>
        <translation>Observa cómo lo hace un experto; sabe explicar los pasos.</translation>
    </message>
    <message>
        <source>Coached</source>
        <translation>Con apoyo</translation>
    </message>
    <message>
        <source>Does it with an expert alongside.</source>
        <translation>Lo hace con un experto al lado.</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>Does it alone, on real work, without help.</source>
        <translation>Lo hace solo, en trabajo real, sin ayuda.</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Can teach and mentor others.</source>
        <translation>Puede enseñar y tutelar a otros.</translation>
    </message>
    <message>
        <source>A scale has between %1 and %2 levels, not %3.</source>
        <translation>Una escala tiene entre %1 y %2 niveles, no %3.</translation>
    </message>
    <message>
        <source>Levels are numbered 0, 1, 2… in order; level %1 is numbered %2.</source>
        <translation>Los niveles se numeran 0, 1, 2… en orden; el nivel %1 tiene el número %2.</translation>
    </message>
    <message>
        <source>Level %1 has no label.</source>
        <translation>El nivel %1 no tiene etiqueta.</translation>
    </message>
    <message>
        <source>Two levels are labelled &apos;%1&apos;.</source>
        <translation>Dos niveles tienen la etiqueta «%1».</translation>
    </message>
    <message>
        <source>Level %1 has no colour.</source>
        <translation>El nivel %1 no tiene color.</translation>
    </message>
    <message>
        <source>Only one level can mean Independent.</source>
        <translation>Solo un nivel puede significar Independiente.</translation>
    </message>
    <message>
        <source>Only one level can mean Teacher.</source>
        <translation>Solo un nivel puede significar Docente.</translation>
    </message>
    <message>
        <source>Mark the level that means Independent (readiness counts people at or above it).</source>
        <translation>Marque el nivel que significa Independiente (la preparación cuenta a las personas en él o por encima).</translation>
    </message>
    <message>
        <source>Mark the level that means Teacher.</source>
        <translation>Marque el nivel que significa Docente.</translation>
    </message>
    <message>
        <source>The Teacher level must not be below the Independent level.</source>
        <translation>El nivel Docente no puede estar por debajo del nivel Independiente.</translation>
    </message>
</context>
<context>
    <name>Screenshot</name>
    <message>
        <source>Could not render the window.</source>
        <translation>No se pudo representar la ventana.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>There is no screen to capture.</source>
        <translation>No hay ninguna pantalla que capturar.</translation>
    </message>
</context>
<context>
    <name>SheetReader</name>
    <message>
        <source>%1, sheet %2, row %3, column %4</source>
        <translation>%1, hoja %2, fila %3, columna %4</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1, hoja %2, fila %3</translation>
    </message>
    <message>
        <source>%1, line %2, column %3</source>
        <translation>%1, línea %2, columna %3</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1 has more than %2 columns, the most a spreadsheet may have; nothing was imported.</source>
        <translation>%1 tiene más de %2 columnas, el máximo que admite una hoja de cálculo; no se importó nada.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, hoja %2</translation>
    </message>
    <message>
        <source>%1 has more than %2 rows, the most a spreadsheet may have; nothing was imported.</source>
        <translation>%1 tiene más de %2 filas, el máximo que admite una hoja de cálculo; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters, the most a cell may hold; nothing was imported.</source>
        <translation>%1 contiene más de %2 caracteres, el máximo que admite una celda; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 characters in all, more than any skill matrix needs; nothing was imported.</source>
        <translation>%1 contiene más de %2 caracteres en total, más de lo que necesita cualquier matriz de habilidades; no se importó nada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is password-protected or an Excel 97-2003 workbook (.xls), which cannot be read: remove the password, or save it as .xlsx, .ods or .csv, and import that.</source>
        <translation>%1 está protegido con contraseña o es un libro de Excel 97-2003 (.xls), que no se puede leer: quite la contraseña o guárdelo como .xlsx, .ods o .csv, e importe ese archivo.</translation>
    </message>
    <message>
        <source>%1 is not a spreadsheet workbook (.%2) although its name says so.</source>
        <translation>%1 no es un libro de hoja de cálculo (.%2), aunque su nombre lo indique.</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>%1 is empty: expected a header row and data rows.</source>
        <translation>%1 está vacío: se esperaba una fila de cabecera y filas de datos.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>It looks like a ZIP or an Excel (.xlsx) file; to read a spreadsheet, use File ▸ Import.</source>
        <translation>Parece un archivo ZIP o de Excel (.xlsx); para leer una hoja de cálculo, use Archivo ▸ Importar.</translation>
    </message>
    <message>
        <source>It looks like a PDF document.</source>
        <translation>Parece un documento PDF.</translation>
    </message>
    <message>
        <source>It looks like a text file; to read a CSV file, use File ▸ Import.</source>
        <translation>Parece un archivo de texto; para leer un archivo CSV, use Archivo ▸ Importar.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>No hay ningún espacio de trabajo en %1.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 es una carpeta, no un archivo de espacio de trabajo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes), so it is not a CoE Studio workspace.</source>
        <translation>%1 está vacío (0 bytes), así que no es un espacio de trabajo de CoE Studio.</translation>
    </message>
    <message>
        <source>%1 is not a CoE Studio workspace: it is not an SQLite database.</source>
        <translation>%1 no es un espacio de trabajo de CoE Studio: no es una base de datos SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes, shorter than an SQLite header). Restore it from a backup.</source>
        <translation>%1 está dañado: está truncado (%2 bytes, menos que una cabecera SQLite). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is damaged: it is truncated (%2 bytes; its header promises %3). Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.</source>
        <translation>%1 está dañado: está truncado (%2 bytes; su cabecera promete %3). Restáurelo desde una copia de seguridad; CoE Studio guarda a su lado una copia llamada *.backup-*.coe antes de cada actualización.</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written). Make them writable, or copy the workspace somewhere you can write to.</source>
        <translation>%1 es de solo lectura (no se puede escribir en el archivo o en su carpeta). Hágalos escribibles o copie el espacio de trabajo a un lugar donde pueda escribir.</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>disparador</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1 está dañado (%2). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>CoE Studio could not compare %1 with its schema: %2</source>
        <translation>CoE Studio no pudo comparar %1 con su esquema: %2</translation>
    </message>
    <message>
        <source>Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.</source>
        <translation>Restáurelo desde una copia de seguridad; CoE Studio guarda a su lado una copia llamada *.backup-*.coe antes de cada actualización.</translation>
    </message>
    <message>
        <source>%1 holds a trigger, “%2” on %3, and CoE Studio never makes one: a trigger runs its own SQL on every edit and can change or delete data where undo cannot see it. Nothing was opened or changed. If you added it on purpose, remove it (DROP TRIGGER &quot;%2&quot;) and open the file again.</source>
        <translation>%1 contiene un disparador, «%2» en %3, y CoE Studio nunca crea ninguno: un disparador ejecuta su propio SQL en cada edición y puede cambiar o borrar datos sin que deshacer lo vea. No se abrió ni se cambió nada. Si lo añadió a propósito, elimínelo (DROP TRIGGER &quot;%2&quot;) y vuelva a abrir el archivo.</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: it has no %2 “%3”. %4</source>
        <translation>%1 no está como lo creó CoE Studio: no tiene ningún %2 «%3». %4</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: “%2” is a %3 where CoE Studio keeps a %4. %5</source>
        <translation>%1 no está como lo creó CoE Studio: «%2» es un %3 donde CoE Studio guarda un %4. %5</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: the %2 “%3” was changed by another program (schema version %4 defines it otherwise). %5</source>
        <translation>%1 no está como lo creó CoE Studio: otro programa cambió el %2 «%3» (la versión de esquema %4 lo define de otro modo). %5</translation>
    </message>
    <message>
        <source>%1 holds an index, “%2” on %3, that CoE Studio never makes; it can make CoE Studio&apos;s edits fail. Nothing was opened or changed. If you added it on purpose, remove it (DROP INDEX &quot;%2&quot;) and open the file again.</source>
        <translation>%1 contiene un índice, «%2» en %3, que CoE Studio nunca crea; puede hacer fallar las ediciones de CoE Studio. No se abrió ni se cambió nada. Si lo añadió a propósito, elimínelo (DROP INDEX &quot;%2&quot;) y vuelva a abrir el archivo.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>scale: %1 levels (a scale has 2 to 11)</source>
        <translation>escala: %1 niveles (una escala tiene de 2 a 11)</translation>
    </message>
    <message>
        <source>scale: %1 levels are not numbered 0 to %1 - 1 (highest is %2)</source>
        <translation>escala: los %1 niveles no están numerados de 0 a %1 - 1 (el más alto es %2)</translation>
    </message>
    <message>
        <source>scale: no level means %1</source>
        <translation>escala: ningún nivel significa %1</translation>
    </message>
    <message>
        <source>scale: the Teacher level %1 is below the Independent level %2</source>
        <translation>escala: el nivel Docente %1 está por debajo del nivel Independiente %2</translation>
    </message>
    <message>
        <source>engagement &apos;%1&apos;: consultant %2 is not marked external</source>
        <translation>colaboración «%1»: el consultor %2 no está marcado como externo</translation>
    </message>
    <message>
        <source>capability &apos;%1&apos;: owner %2 is external; owners are internal staff</source>
        <translation>capacidad «%1»: el responsable %2 es externo; los responsables son personal interno</translation>
    </message>
    <message>
        <source>capability &apos;%1&apos; has no phase</source>
        <translation>la capacidad «%1» no tiene fase</translation>
    </message>
    <message>
        <source>skill category &apos;%1&apos; is its own ancestor</source>
        <translation>la categoría de habilidades «%1» es su propio antecesor</translation>
    </message>
    <message>
        <source>skill category &apos;%1&apos; appears %2 times at the top level</source>
        <translation>la categoría de habilidades «%1» aparece %2 veces en el nivel superior</translation>
    </message>
    <message>
        <source>level proposal %1 is accepted but recorded no assessment</source>
        <translation>la propuesta de nivel %1 está aceptada pero no registró ninguna evaluación</translation>
    </message>
    <message>
        <source>summit item &apos;%1&apos; is scheduled in room %2 of another summit</source>
        <translation>el elemento de cumbre «%1» está programado en la sala %2 de otra cumbre</translation>
    </message>
    <message>
        <source>summit item &apos;%1&apos; is in track %2 of another summit</source>
        <translation>el elemento de cumbre «%1» está en el track %2 de otra cumbre</translation>
    </message>
    <message>
        <source>summit item &apos;%1&apos; is scheduled at %2, outside the summit&apos;s dates</source>
        <translation>el elemento de cumbre «%1» está programado el %2, fuera de las fechas de la cumbre</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>No workspace given: name a .coe file or a postgresql://user@host:port/database URL.</source>
        <translation>No se indicó ningún espacio de trabajo: indique un archivo .coe o una URL postgresql://usuario@host:puerto/basededatos.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid PostgreSQL URL: write postgresql://user@host:port/database.</source>
        <translation>«%1» no es una URL de PostgreSQL válida: escriba postgresql://usuario@host:puerto/basededatos.</translation>
    </message>
    <message>
        <source>The port in &apos;%1&apos; must be between 1 and 65535.</source>
        <translation>El puerto en «%1» debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: the part %2 that should hold sheet %3 is missing; nothing was imported.</source>
        <translation>%1 está dañado: falta la parte %2, que debería contener la hoja %3; no se importó nada.</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, hoja %2</translation>
    </message>
    <message>
        <source>the worksheet</source>
        <translation>la hoja de cálculo</translation>
    </message>
    <message>
        <source>%1 is refused: its shared strings hold more than %2 of text, more than a workbook of this size may need; nothing was imported.</source>
        <translation>%1 se rechaza: sus cadenas compartidas contienen más de %2 de texto, más de lo que puede necesitar un libro de este tamaño; no se importó nada.</translation>
    </message>
    <message>
        <source>line %1: a row is numbered “%2”</source>
        <translation>línea %1: una fila tiene el número «%2»</translation>
    </message>
    <message>
        <source>line %1: row %2 comes after row %3; rows must be in order</source>
        <translation>línea %1: la fila %2 viene después de la fila %3; las filas deben estar en orden</translation>
    </message>
    <message>
        <source>line %1: a cell is named “%2”</source>
        <translation>línea %1: una celda se llama «%2»</translation>
    </message>
    <message>
        <source>cell %1%2 refers to shared string %3, but there are %4</source>
        <translation>la celda %1%2 remite a la cadena compartida %3, pero hay %4</translation>
    </message>
</context>
<context>
    <name>XmlPart</name>
    <message>
        <source>%1: %2 is damaged (%3); nothing was imported.</source>
        <translation>%1: %2 está dañado (%3); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is refused: %2 declares a document type (DTD), which workbooks never do and which can hide entity expansion or external entities; nothing was imported.</source>
        <translation>%1 se rechaza: %2 declara un tipo de documento (DTD), algo que los libros nunca hacen y que puede ocultar expansión de entidades o entidades externas; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is refused: %2 nests elements more than %3 deep, more than any workbook does; nothing was imported.</source>
        <translation>%1 se rechaza: %2 anida elementos a más de %3 niveles de profundidad, más que cualquier libro; no se importó nada.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete: the ZIP archive it should be has no end (was the file cut short while it was copied or downloaded?); nothing was imported.</source>
        <translation>%1 está dañado o incompleto: el archivo ZIP que debería ser no tiene final (¿se cortó el archivo al copiarlo o descargarlo?); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is damaged: its ZIP archive cannot be read (%2); nothing was imported.</source>
        <translation>%1 está dañado: su archivo ZIP no se puede leer (%2); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no part %2, which it needs; nothing was imported.</source>
        <translation>%1 está dañado: no tiene la parte %2, que necesita; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to %3, more than the %4 a workbook may need; nothing was imported.</source>
        <translation>%1 se rechaza: su parte %2 se descomprime a %3, más de los %4 que puede necesitar un libro; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than %3 times its compressed size (%4 from %5 bytes), as a zip bomb does; nothing was imported.</source>
        <translation>%1 se rechaza: su parte %2 se descomprime a más de %3 veces su tamaño comprimido (%4 a partir de %5 bytes), como hace una bomba ZIP; no se importó nada.</translation>
    </message>
    <message>
        <source>%1: its part %2 is compressed with a method (%3) that cannot be read; save the workbook again with your spreadsheet program and import that.</source>
        <translation>%1: su parte %2 está comprimida con un método (%3) que no se puede leer; vuelva a guardar el libro con su programa de hojas de cálculo e importe ese archivo.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be read; nothing was imported.</source>
        <translation>%1 está dañado: su parte %2 no se puede leer; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 is larger than %3, more than any workbook needs; nothing was imported.</source>
        <translation>%1 se rechaza: su parte %2 es mayor que %3, más de lo que necesita cualquier libro; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 has no sheets.</source>
        <translation>%1 no tiene hojas.</translation>
    </message>
    <message>
        <source>%1 has no sheet named “%2”; its sheets are: %3.</source>
        <translation>%1 no tiene ninguna hoja llamada «%2»; sus hojas son: %3.</translation>
    </message>
    <message>
        <source>%1 is password-protected, which cannot be read: open it in your spreadsheet program, save it without a password, and import that.</source>
        <translation>%1 está protegido con contraseña, así que no se puede leer: ábralo en su programa de hojas de cálculo, guárdelo sin contraseña e importe ese archivo.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no content.xml, which an OpenDocument spreadsheet needs; nothing was imported.</source>
        <translation>%1 está dañado: no tiene content.xml, que una hoja de cálculo OpenDocument necesita; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is a ZIP file but not a spreadsheet (.xlsx or .ods); nothing was imported.</source>
        <translation>%1 es un archivo ZIP pero no una hoja de cálculo (.xlsx u .ods); no se importó nada.</translation>
    </message>
</context>
<context>
    <name>coe::Conflicts</name>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>an unknown room</source>
        <translation>una sala desconocida</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>%1 and %2 overlap in %3 (%4).</source>
        <translation>%1 y %2 se solapan en %3 (%4).</translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 seats %4 (%5).</source>
        <translation>%1 espera %2 personas, pero %3 tiene %4 plazas (%5).</translation>
    </message>
    <message>
        <source>%1 needs %2, which %3 does not have (%4).</source>
        <translation>%1 necesita %2, que %3 no tiene (%4).</translation>
    </message>
    <message>
        <source>%1 is on %2, outside the summit&apos;s days (%3 to %4).</source>
        <translation>%1 está el %2, fuera de los días de la cumbre (%3 a %4).</translation>
    </message>
    <message>
        <source>%1 (%2) is outside venue hours, %3–%4.</source>
        <translation>%1 (%2) está fuera del horario de la sede, %3–%4.</translation>
    </message>
    <message>
        <source>%1 speaks in %2 and %3 at the same time (%4).</source>
        <translation>%1 habla en %2 y en %3 a la vez (%4).</translation>
    </message>
    <message>
        <source>%1 is not available for %2 (%3).</source>
        <translation>%1 no está disponible para %2 (%3).</translation>
    </message>
    <message>
        <source>%1 has only %2 min to get from %3 to %4 for %5 (%6).</source>
        <translation>%1 solo tiene %2 min para ir de %3 a %4 para %5 (%6).</translation>
    </message>
</context>
<context>
    <name>coe::CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>%1 no es texto UTF-8 (línea %2). Guárdelo como «CSV UTF-8» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a CSV text file (it contains binary data on line %2).</source>
        <translation>%1 no es un archivo de texto CSV (contiene datos binarios en la línea %2).</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text. Save it as &apos;CSV UTF-8&apos; and try again.</source>
        <translation>%1 es texto UTF-16. Guárdelo como «CSV UTF-8» e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is never closed (a &quot; is missing).</source>
        <translation>%1, línea %2: un campo entre comillas no se cierra nunca (falta una &quot;).</translation>
    </message>
</context>
<context>
    <name>coe::Frab</name>
    <message>
        <source>%1 has no conference title; CoE Studio names the new summit after it.</source>
        <translation>%1 no tiene título de congreso; CoE Studio pone a la nueva cumbre ese nombre.</translation>
    </message>
    <message>
        <source>%1: %2 has no date and start time; skipped.</source>
        <translation>%1: %2 no tiene fecha ni hora de inicio; se omite.</translation>
    </message>
    <message>
        <source>%1: %2 has no readable duration (“%3”); skipped.</source>
        <translation>%1: %2 no tiene una duración legible («%3»); se omite.</translation>
    </message>
    <message>
        <source>%1: %2 has no title; skipped.</source>
        <translation>%1: %2 no tiene título; se omite.</translation>
    </message>
    <message>
        <source>Unnamed room</source>
        <translation>Sala sin nombre</translation>
    </message>
    <message>
        <source>%1 has no dates and no events with times.</source>
        <translation>%1 no tiene fechas ni eventos con horas.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at byte %2: %3).</source>
        <translation>%1 no es JSON válido (en el byte %2: %3).</translation>
    </message>
    <message>
        <source>%1 is JSON but not a frab schedule: it has no “conference”.</source>
        <translation>%1 es JSON pero no un programa frab: no tiene «conference».</translation>
    </message>
    <message>
        <source>event %1 (“%2”)</source>
        <translation>evento %1 («%2»)</translation>
    </message>
    <message>
        <source>event %1 (“%2”, line %3)</source>
        <translation>evento %1 («%2», línea %3)</translation>
    </message>
    <message>
        <source>%1 is not well-formed XML (line %2, column %3: %4).</source>
        <translation>%1 no es XML bien formado (línea %2, columna %3: %4).</translation>
    </message>
    <message>
        <source>%1 is XML but not a frab schedule: it has no &lt;schedule&gt; element.</source>
        <translation>%1 es XML pero no un programa frab: no tiene ningún elemento &lt;schedule&gt;.</translation>
    </message>
    <message>
        <source>%1 ends early (line %2); read what was there.</source>
        <translation>%1 termina antes de tiempo (línea %2); se leyó lo que había.</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 is neither XML nor JSON, so it is not a frab schedule.</source>
        <translation>%1 no es ni XML ni JSON, así que no es un programa frab.</translation>
    </message>
    <message>
        <source>A summit named “%1” already exists. Rename or delete it first, then import again.</source>
        <translation>Ya existe una cumbre llamada «%1». Cámbiele el nombre o elimínela primero y vuelva a importar.</translation>
    </message>
    <message>
        <source>Import schedule “%1”</source>
        <translation>Importar el programa «%1»</translation>
    </message>
    <message>
        <source>%1 holds more than %2 %3 (line %4); CoE Studio imports at most %2 from one schedule.</source>
        <translation>%1 contiene más de %2 %3 (línea %4); CoE Studio importa como máximo %2 de un programa.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 %3; CoE Studio imports at most %2 from one schedule.</source>
        <translation>%1 contiene más de %2 %3; CoE Studio importa como máximo %2 de un programa.</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text; frab schedules are UTF-8. Save it as UTF-8 and try again.</source>
        <translation>%1 es texto UTF-16; los programas frab son UTF-8. Guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2); frab schedules are UTF-8. Save it as UTF-8 and try again.</source>
        <translation>%1 no es texto UTF-8 (línea %2); los programas frab son UTF-8. Guárdelo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds a NUL byte on line %2.</source>
        <translation>%1 no es un archivo de texto: contiene un byte NUL en la línea %2.</translation>
    </message>
    <message>
        <source>%1 nests arrays and objects more than %2 deep (line %3); a frab schedule needs about ten.</source>
        <translation>%1 anida matrices y objetos a más de %2 niveles de profundidad (línea %3); un programa frab necesita unos diez.</translation>
    </message>
    <message>
        <source>%1 holds a string of more than %2 MB (line %3); no field of a schedule is that long.</source>
        <translation>%1 contiene una cadena de más de %2 MB (línea %3); ningún campo de un programa es tan largo.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 MB of text without markup (line %3); no field of a schedule is that long.</source>
        <translation>%1 contiene más de %2 MB de texto sin marcado (línea %3); ningún campo de un programa es tan largo.</translation>
    </message>
    <message>
        <source>%1 holds more than %2 JSON values (line %3); a schedule of %4 events holds far fewer.</source>
        <translation>%1 contiene más de %2 valores JSON (línea %3); un programa de %4 eventos contiene muchos menos.</translation>
    </message>
    <message>
        <source>%1 declares a document type (DTD, line %2), which frab schedules never do and which can hide entity expansion or external entities; nothing was imported.</source>
        <translation>%1 declara un tipo de documento (DTD, línea %2), algo que los programas frab nunca hacen y que puede ocultar expansión de entidades o entidades externas; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 nests elements more than %2 deep (line %3); a frab schedule needs about six.</source>
        <translation>%1 anida elementos a más de %2 niveles de profundidad (línea %3); un programa frab necesita unos seis.</translation>
    </message>
    <message>
        <source>%1 of %2 characters; %3 are at most %4</source>
        <translation>%1 de %2 caracteres; %3 tienen como máximo %4</translation>
    </message>
    <message>
        <source>a title</source>
        <translation>un título</translation>
    </message>
    <message>
        <source>titles</source>
        <translation>los títulos</translation>
    </message>
    <message>
        <source>a room name</source>
        <translation>un nombre de sala</translation>
    </message>
    <message>
        <source>names</source>
        <translation>los nombres</translation>
    </message>
    <message>
        <source>a track name</source>
        <translation>un nombre de track</translation>
    </message>
    <message>
        <source>a type</source>
        <translation>un tipo</translation>
    </message>
    <message>
        <source>types</source>
        <translation>los tipos</translation>
    </message>
    <message>
        <source>a guid</source>
        <translation>un guid</translation>
    </message>
    <message>
        <source>guids</source>
        <translation>los guid</translation>
    </message>
    <message>
        <source>an abstract</source>
        <translation>un resumen</translation>
    </message>
    <message>
        <source>abstracts</source>
        <translation>los resúmenes</translation>
    </message>
    <message>
        <source>a speaker&apos;s name</source>
        <translation>un nombre de ponente</translation>
    </message>
    <message>
        <source>a speaker&apos;s email address</source>
        <translation>una dirección de correo de ponente</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>las direcciones</translation>
    </message>
    <message>
        <source>%1: the conference title is %2 characters long; the summit is named after it, and names are at most %3.</source>
        <translation>%1: el título del congreso tiene %2 caracteres; la cumbre recibe ese nombre, y los nombres tienen como máximo %3.</translation>
    </message>
    <message>
        <source>%1: a room name of %2 characters; names are at most %3.</source>
        <translation>%1: un nombre de sala de %2 caracteres; los nombres tienen como máximo %3.</translation>
    </message>
    <message>
        <source>%1: a track name of %2 characters; names are at most %3.</source>
        <translation>%1: un nombre de track de %2 caracteres; los nombres tienen como máximo %3.</translation>
    </message>
    <message>
        <source>%1: %2 has %3.</source>
        <translation>%1: %2 tiene %3.</translation>
    </message>
    <message>
        <source>%1: %2 has %3 speakers; an event has at most %4.</source>
        <translation>%1: %2 tiene %3 ponentes; un evento tiene como máximo %4.</translation>
    </message>
    <message>
        <source>%1: %2 has the guid %3, like %4; each event&apos;s guid is its own.</source>
        <translation>%1: %2 tiene el guid %3, igual que %4; el guid de cada evento es único.</translation>
    </message>
    <message>
        <source>%1: %2 has the date “%3”, which is not a date and time CoE Studio can read (such as 2025-03-27T09:00:00+01:00).</source>
        <translation>%1: %2 tiene la fecha «%3», que no es una fecha y hora que CoE Studio pueda leer (como 2025-03-27T09:00:00+01:00).</translation>
    </message>
    <message>
        <source>%1: %2 takes place in the year %3; CoE Studio keeps dates from the year 1000 to 9999.</source>
        <translation>%1: %2 tiene lugar en el año %3; CoE Studio guarda fechas del año 1000 al 9999.</translation>
    </message>
    <message>
        <source>rooms</source>
        <translation>salas</translation>
    </message>
    <message>
        <source>tracks</source>
        <translation>tracks</translation>
    </message>
    <message>
        <source>%1 spans %2 to %3 (its events run from “%4” to “%5”); a summit lasts at most %6 days.</source>
        <translation>%1 abarca de %2 a %3 (sus eventos van de «%4» a «%5»); una cumbre dura como máximo %6 días.</translation>
    </message>
    <message>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <source>%1: %2 has more than %3 speakers; an event has at most %3.</source>
        <translation>%1: %2 tiene más de %3 ponentes; un evento tiene como máximo %3.</translation>
    </message>
    <message>
        <source>%1 is %2 MB; a frab schedule is at most %3 MB.</source>
        <translation>%1 ocupa %2 MB; un programa frab ocupa como máximo %3 MB.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most a frab schedule may be.</source>
        <translation>%1 ocupa más de %2 MB, el máximo para un programa frab.</translation>
    </message>
    <message>
        <source>%1: unknown time zone “%2”; times keep the offset they carry (%3).</source>
        <translation>%1: zona horaria desconocida «%2»; las horas conservan el desfase que traen (%3).</translation>
    </message>
    <message>
        <source>%1: %2 lasts %3 minutes; an event lasts from 0 minutes to the end of the schedule&apos;s last day.</source>
        <translation>%1: %2 dura %3 minutos; un evento dura desde 0 minutos hasta el final del último día del programa.</translation>
    </message>
    <message>
        <source>%1: %2 lasts %3 minutes; CoE Studio keeps items of at least 5 minutes and used %4.</source>
        <translation>%1: %2 dura %3 minutos; CoE Studio guarda elementos de al menos 5 minutos y usó %4.</translation>
    </message>
    <message>
        <source>%1: event %2 (“%3”) starts %4 and lasts %5 minutes, past the end of the schedule&apos;s last day, %6.</source>
        <translation>%1: el evento %2 («%3») empieza %4 y dura %5 minutos, más allá del final del último día del programa, %6.</translation>
    </message>
</context>
<context>
    <name>coe::Ics</name>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Speakers: %1</source>
        <translation>Ponentes: %1</translation>
    </message>
    <message>
        <source>Knowledge-transfer sessions</source>
        <translation>Sesiones de transferencia de conocimiento</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>Habilidades: %1</translation>
    </message>
</context>
<context>
    <name>coe::PeopleModel</name>
    <message>
        <source>External</source>
        <translation>Externo</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interno</translation>
    </message>
    <message>
        <source>External consultant</source>
        <translation>Consultor externo</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Personal interno</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
</context>
<context>
    <name>coe::PlanRepository</name>
    <message>
        <source>The workspace&apos;s time zone “%1” is unknown to this system, so its sessions&apos; times cannot be placed. Update the system&apos;s time zone data (tzdata), or open the workspace where that zone is known.</source>
        <translation>Este sistema no conoce la zona horaria «%1» del espacio de trabajo, así que no puede situar las horas de sus sesiones. Actualice los datos de zonas horarias del sistema (tzdata) o abra el espacio de trabajo donde se conozca esa zona.</translation>
    </message>
</context>
<context>
    <name>coe::PostgresDialect</name>
    <message>
        <source>PostgreSQL at %1 refused the password for user &apos;%2&apos;. Check the user name and password.</source>
        <translation>PostgreSQL en %1 rechazó la contraseña del usuario «%2». Compruebe el nombre de usuario y la contraseña.</translation>
    </message>
    <message>
        <source>There is no database &apos;%1&apos; on the PostgreSQL server at %2. Check its name, or create the workspace there first (coectl init).</source>
        <translation>No existe la base de datos «%1» en el servidor PostgreSQL de %2. Compruebe su nombre o cree antes allí el espacio de trabajo (coectl init).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no user &apos;%2&apos;.</source>
        <translation>PostgreSQL en %1 no tiene ningún usuario «%2».</translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL server at %1. Check the address and port, that the server is running, and your network connection.</source>
        <translation>No se puede conectar con el servidor PostgreSQL de %1. Compruebe la dirección y el puerto, que el servidor esté en marcha y su conexión de red.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1: %2</source>
        <translation>PostgreSQL en %1: %2</translation>
    </message>
</context>
<context>
    <name>coe::Programme</name>
    <message>
        <source>%1 levels short across %2 people; largest gaps in %3.</source>
        <translation>Faltan %1 niveles entre %2 personas; las mayores carencias están en %3.</translation>
    </message>
    <message>
        <source>The summit already has this track: give it more items.</source>
        <translation>La cumbre ya tiene este track: dele más elementos.</translation>
    </message>
    <message>
        <source>Teacher in %1 (gaps %2); not speaking at this summit yet.</source>
        <translation>Docente en %1 (carencias: %2); aún no habla en esta cumbre.</translation>
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
        <translation>era «%1»</translation>
    </message>
    <message>
        <source>now “%1”</source>
        <translation>ahora «%1»</translation>
    </message>
    <message>
        <source>speakers %1</source>
        <translation>ponentes: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Release schedule version %1</source>
        <translation>Publicar la versión %1 del programa</translation>
    </message>
</context>
<context>
    <name>coe::ScaleModel</name>
    <message>
        <source>Independent</source>
        <translation>Independiente</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Level %1</source>
        <translation>Nivel %1</translation>
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
        <translation>consultor</translation>
    </message>
    <message>
        <source>self</source>
        <translation>propia</translation>
    </message>
    <message numerus="yes">
        <source>%1: average %2 over %n skill(s)</source>
        <translation>
            <numerusform>%1: media %2 en %n habilidad</numerusform>
            <numerusform>%1: media %2 en %n habilidades</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Consultor: %1</translation>
    </message>
    <message>
        <source>Self: %1</source>
        <translation>Propia: %1</translation>
    </message>
    <message>
        <source>Target: %1%2</source>
        <translation>Objetivo: %1%2</translation>
    </message>
    <message>
        <source> (gap %1)</source>
        <translation> (carencia %1)</translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation>Interés: %1</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historial:</translation>
    </message>
    <message>
        <source>%1 (external consultant)</source>
        <translation>%1 (consultor externo)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a level on this scale (0 to %2, or a label such as %3).</source>
        <translation>«%1» no es un nivel de esta escala (de 0 a %2, o una etiqueta como %3).</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>borrado</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>%1 (average)</source>
        <translation>%1 (media)</translation>
    </message>
    <message numerus="yes">
        <source>%1: the average of its %n skill(s); click the band to unfold it</source>
        <translation>
            <numerusform>%1: la media de su %n habilidad; haga clic en la franja para desplegarla</numerusform>
            <numerusform>%1: la media de sus %n habilidades; haga clic en la franja para desplegarla</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2 %3 for %4</source>
        <translation>Poner %1 a %2 %3 para %4</translation>
    </message>
    <message>
        <source>Cleared %1 for %2</source>
        <translation>Borrado %1 para %2</translation>
    </message>
    <message>
        <source>Notes belong to a skill: pick a skill&apos;s cell, not a category&apos;s average.</source>
        <translation>Las notas pertenecen a una habilidad: elija la celda de una habilidad, no la media de una categoría.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>%1, %2, average %3</source>
        <translation>%1, %2, media %3</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>, target %1</source>
        <translation>, objetivo %1</translation>
    </message>
</context>
<context>
    <name>coe::SkillTreeModel</name>
    <message numerus="yes">
        <source>%n skill(s)</source>
        <translation>
            <numerusform>%n habilidad</numerusform>
            <numerusform>%n habilidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Category or skill</source>
        <translation>Categoría o habilidad</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>coe::SqliteDialect</name>
    <message>
        <source>SQLite could not switch to write-ahead logging.</source>
        <translation>SQLite no pudo pasar al registro de escritura anticipada (WAL).</translation>
    </message>
    <message>
        <source>%1 is in use by another program that is writing to it (another CoE Studio window, or a sync tool). Close that program and try again.</source>
        <translation>Otro programa está usando %1 y escribiendo en él (otra ventana de CoE Studio o una herramienta de sincronización). Cierre ese programa e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: it or its folder is read-only. Make them writable, or copy the workspace somewhere you can write to.</source>
        <translation>No se puede escribir %1: el archivo o su carpeta son de solo lectura. Hágalos escribibles o copie el espacio de trabajo a un lugar donde pueda escribir.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup; CoE Studio keeps a copy named *.backup-*.coe beside it before each upgrade.</source>
        <translation>%1 está dañado (%2). Restáurelo desde una copia de seguridad; CoE Studio guarda a su lado una copia llamada *.backup-*.coe antes de cada actualización.</translation>
    </message>
    <message>
        <source>%1 is not a CoE Studio workspace: it is not an SQLite database, or it is encrypted or damaged.</source>
        <translation>%1 no es un espacio de trabajo de CoE Studio: no es una base de datos SQLite, o está cifrado o dañado.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again.</source>
        <translation>El disco que contiene %1 está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>storage: %1</source>
        <translation>almacenamiento: %1</translation>
    </message>
    <message>
        <source>storage: row %1 of table %2 refers to a missing row of %3</source>
        <translation>almacenamiento: la fila %1 de la tabla %2 remite a una fila de %3 que no existe</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again.</source>
        <translation>el disco está lleno. Libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 holds a value of more than %2 MB, far more than CoE Studio writes; another program changed the file. Run coectl check on it to find where, then restore it from a backup.</source>
        <translation>%1 contiene un valor de más de %2 MB, mucho más de lo que escribe CoE Studio; otro programa cambió el archivo. Ejecute coectl check sobre él para saber dónde y restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>storage: a value of more than %1 MB keeps SQLite from checking every row</source>
        <translation>almacenamiento: un valor de más de %1 MB impide que SQLite compruebe todas las filas</translation>
    </message>
</context>
<context>
    <name>coe::SummitItem</name>
    <message>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Taller</translation>
    </message>
    <message>
        <source>Lightning talk</source>
        <translation>Charla relámpago</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
</context>
<context>
    <name>coe::TimeZones</name>
    <message>
        <source>Times are shown in your zone (%1); the summit&apos;s is %2.</source>
        <translation>Las horas se muestran en su zona (%1); la de la cumbre es %2.</translation>
    </message>
    <message>
        <source>Times are shown in your zone (%1); the session&apos;s is %2.</source>
        <translation>Las horas se muestran en su zona (%1); la de la sesión es %2.</translation>
    </message>
</context>
<context>
    <name>coe::Transfer</name>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Expert leads</source>
        <translation>Dirige el experto</translation>
    </message>
    <message>
        <source>Pairing</source>
        <translation>En pareja</translation>
    </message>
    <message>
        <source>Staff leads</source>
        <translation>Dirige el personal</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Traspasado</translation>
    </message>
    <message>
        <source>%1 is still at Expert leads, %2 days before %3 rolls off.</source>
        <translation>%1 sigue en «Dirige el experto», %2 días antes de la salida de %3.</translation>
    </message>
    <message>
        <source>%1 is still at Expert leads, and %2 rolled off %3 days ago.</source>
        <translation>%1 sigue en «Dirige el experto», y %2 salió hace %3 días.</translation>
    </message>
    <message>
        <source>%1 owns %2 but is %3 in %4 (below Coached).</source>
        <translation>%1 es responsable de %2 pero tiene «%3» en %4 (por debajo de «Con apoyo»).</translation>
    </message>
    <message>
        <source>Teacher in %1</source>
        <translation>Docente en %1</translation>
    </message>
    <message>
        <source>Independent in %1</source>
        <translation>Independiente en %1</translation>
    </message>
    <message>
        <source>(external)</source>
        <translation>(externo)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(target %1)</source>
        <translation>(objetivo %1)</translation>
    </message>
</context>
<context>
    <name>coe::Workspace</name>
    <message>
        <source>%1 is an SQLite database but not a CoE Studio workspace (it has no CoE Studio tables). Open a .coe file, or create a new workspace.</source>
        <translation>%1 es una base de datos SQLite pero no un espacio de trabajo de CoE Studio (no tiene tablas de CoE Studio). Abra un archivo .coe o cree un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <source>%1 is not a complete CoE Studio workspace: it has no schema version.</source>
        <translation>%1 no es un espacio de trabajo de CoE Studio completo: no tiene versión de esquema.</translation>
    </message>
    <message>
        <source>The Qt %1 database driver is not installed, so CoE Studio cannot open %2.</source>
        <translation>El controlador de bases de datos %1 de Qt no está instalado, así que CoE Studio no puede abrir %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already exists; CoE Studio will not overwrite it. Choose another name, or open it.</source>
        <translation>%1 ya existe; CoE Studio no lo sobrescribirá. Elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 already holds a CoE Studio workspace; open it instead.</source>
        <translation>%1 ya contiene un espacio de trabajo de CoE Studio; ábralo en su lugar.</translation>
    </message>
    <message>
        <source>The database %1 already holds other tables; CoE Studio needs an empty database.</source>
        <translation>La base de datos %1 ya contiene otras tablas; CoE Studio necesita una base de datos vacía.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer CoE Studio (schema version %2; this version reads up to %3). Update CoE Studio to open it.</source>
        <translation>%1 se guardó con un CoE Studio más reciente (versión de esquema %2; esta versión lee hasta la %3). Actualice CoE Studio para abrirlo.</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading %1: %2</source>
        <translation>No se pudo hacer una copia de seguridad antes de actualizar %1: %2</translation>
    </message>
    <message>
        <source>The database %1 is empty: create a workspace in it first (File ▸ New workspace, or coectl init).</source>
        <translation>La base de datos %1 está vacía: cree antes en ella un espacio de trabajo (Archivo ▸ Nuevo espacio de trabajo, o coectl init).</translation>
    </message>
    <message>
        <source>The database %1 is not a CoE Studio workspace (it holds other tables).</source>
        <translation>La base de datos %1 no es un espacio de trabajo de CoE Studio (contiene otras tablas).</translation>
    </message>
    <message>
        <source>%1 has no schema version.</source>
        <translation>%1 no tiene versión de esquema.</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>esquema: versión %1, se esperaba %2</translation>
    </message>
    <message>
        <source>Could not make a backup copy before upgrading %1: %2 cannot be written.</source>
        <translation>No se pudo hacer una copia de seguridad antes de actualizar %1: no se puede escribir %2.</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: “meta” is a %2, not a table. Restore it from a backup.</source>
        <translation>%1 no está como lo creó CoE Studio: «meta» es un %2, no una tabla. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not as CoE Studio made it: its schema version is not a number (“%2”). Restore it from a backup.</source>
        <translation>%1 no está como lo creó CoE Studio: su versión de esquema no es un número («%2»). Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 could not be written completely.</source>
        <translation>%1 no se pudo escribir por completo.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a decimal number</source>
        <translation>un número decimal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>datos binarios</translation>
    </message>
    <message>
        <source>%1, row %2: %3</source>
        <translation>%1, fila %2: %3</translation>
    </message>
    <message>
        <source>%1 holds %2 MB; CoE Studio reads values of at most %3 MB</source>
        <translation>%1 contiene %2 MB; CoE Studio lee valores de como máximo %3 MB</translation>
    </message>
    <message>
        <source>%1 holds %2 where CoE Studio keeps %3</source>
        <translation>%1 contiene %2 donde CoE Studio guarda %3</translation>
    </message>
</context>
<context>
    <name>coe::ZipEntryDevice</name>
    <message>
        <source>%1 is refused: its part %2 holds a run of more than %3 of text without markup, longer than any cell may hold; nothing was imported.</source>
        <translation>%1 se rechaza: su parte %2 contiene un tramo de más de %3 de texto sin marcado, más largo de lo que puede contener una celda; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 cannot be decompressed (%3); nothing was imported.</source>
        <translation>%1 está dañado: su parte %2 no se puede descomprimir (%3); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 holds %3 bytes although its header says %4; nothing was imported.</source>
        <translation>%1 está dañado: su parte %2 contiene %3 bytes aunque su cabecera indica %4; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 does not match its checksum (CRC-32); nothing was imported.</source>
        <translation>%1 está dañado: su parte %2 no coincide con su suma de comprobación (CRC-32); no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 holds more than the %3 bytes its header says; nothing was imported.</source>
        <translation>%1 está dañado: su parte %2 contiene más de los %3 bytes que indica su cabecera; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than the %3 a workbook may need; nothing was imported.</source>
        <translation>%1 se rechaza: su parte %2 se descomprime a más de los %3 que puede necesitar un libro; no se importó nada.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 inflates to more than %3 times its compressed size, as a zip bomb does; nothing was imported.</source>
        <translation>%1 se rechaza: su parte %2 se descomprime a más de %3 veces su tamaño comprimido, como hace una bomba ZIP; no se importó nada.</translation>
    </message>
</context>
<context>
    <name>coe::commands::SummitEdits</name>
    <message>
        <source>New summit “%1”</source>
        <translation>Nueva cumbre «%1»</translation>
    </message>
    <message>
        <source>Main hall</source>
        <translation>Sala principal</translation>
    </message>
    <message>
        <source>Schedule “%1”</source>
        <translation>Programar «%1»</translation>
    </message>
    <message>
        <source>Unschedule “%1”</source>
        <translation>Desprogramar «%1»</translation>
    </message>
    <message>
        <source>The item is gone; reload the summit.</source>
        <translation>El elemento ya no existe; vuelva a cargar la cumbre.</translation>
    </message>
    <message>
        <source>Copy “%1” to all rooms</source>
        <translation>Copiar «%1» a todas las salas</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Añadir «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Eliminar «%1»</translation>
    </message>
    <message>
        <source>Edit summit “%1”</source>
        <translation>Editar la cumbre «%1»</translation>
    </message>
    <message>
        <source>Acknowledge a warning</source>
        <translation>Dar por revisado un aviso</translation>
    </message>
    <message>
        <source>Moved “%1” to %2, %3.</source>
        <translation>«%1» movido a %2, %3.</translation>
    </message>
    <message>
        <source>Move “%1” to %2 at %3</source>
        <translation>Mover «%1» a %2 a las %3</translation>
    </message>
    <message>
        <source>“%1” now runs %2.</source>
        <translation>«%1» dura ahora %2.</translation>
    </message>
    <message>
        <source>Resize “%1” to %2</source>
        <translation>Cambiar la duración de «%1» a %2</translation>
    </message>
    <message>
        <source>Moved “%1” to %2.</source>
        <translation>«%1» movido a %2.</translation>
    </message>
    <message>
        <source>Move “%1” to %2</source>
        <translation>Mover «%1» a %2</translation>
    </message>
    <message>
        <source>Add “%1” in %2 at %3</source>
        <translation>Añadir «%1» en %2 a las %3</translation>
    </message>
    <message>
        <source>Edit and unschedule “%1”</source>
        <translation>Editar y desprogramar «%1»</translation>
    </message>
    <message>
        <source>Edit “%1”, in %2 at %3</source>
        <translation>Editar «%1», en %2 a las %3</translation>
    </message>
    <message>
        <source>A track of “%1” needs a name.</source>
        <translation>Un track de «%1» necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” has a track “%2” already.</source>
        <translation>«%1» ya tiene un track «%2».</translation>
    </message>
</context>
<context>
    <name>coe::commands::TransferEdits</name>
    <message>
        <source>%1 is already at %2.</source>
        <translation>%1 ya está en %2.</translation>
    </message>
    <message>
        <source>Moving %1 back to %2 needs a reason.</source>
        <translation>Devolver %1 a %2 requiere un motivo.</translation>
    </message>
    <message>
        <source>Give the date of the change.</source>
        <translation>Indique la fecha del cambio.</translation>
    </message>
    <message>
        <source>%1 moved to %2 on %3; a later change cannot be dated before it.</source>
        <translation>%1 pasó a %2 el %3; un cambio posterior no puede tener una fecha anterior.</translation>
    </message>
    <message>
        <source>Move %1 back to %2</source>
        <translation>Devolver %1 a %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Pasar %1 a %2</translation>
    </message>
    <message>
        <source>Give the session a title.</source>
        <translation>Dé un título a la sesión.</translation>
    </message>
    <message>
        <source>A session lasts 15 to 90 minutes, not %1.</source>
        <translation>Una sesión dura de 15 a 90 minutos, no %1.</translation>
    </message>
    <message>
        <source>Give the session a start.</source>
        <translation>Indique el inicio de la sesión.</translation>
    </message>
    <message>
        <source>Add session “%1”</source>
        <translation>Añadir la sesión «%1»</translation>
    </message>
    <message>
        <source>Edit session “%1”</source>
        <translation>Editar la sesión «%1»</translation>
    </message>
    <message>
        <source>Apply “%1” to a task in your real work.</source>
        <translation>Aplique «%1» a una tarea de su trabajo real.</translation>
    </message>
    <message>
        <source>Delete session “%1”</source>
        <translation>Eliminar la sesión «%1»</translation>
    </message>
    <message>
        <source>Say what came out of it: the outcome is what the lead reviews.</source>
        <translation>Indique qué resultó: el resultado es lo que revisa el responsable.</translation>
    </message>
    <message>
        <source>This task was already marked done on %1.</source>
        <translation>Esta tarea ya se marcó como hecha el %1.</translation>
    </message>
    <message>
        <source>Apply task done: %1</source>
        <translation>Tarea de aplicación hecha: %1</translation>
    </message>
    <message>
        <source>This proposal was already decided.</source>
        <translation>Esta propuesta ya se decidió.</translation>
    </message>
    <message>
        <source>Accept level proposal</source>
        <translation>Aceptar la propuesta de nivel</translation>
    </message>
    <message>
        <source>From session “%1”</source>
        <translation>De la sesión «%1»</translation>
    </message>
    <message>
        <source>Say why: the attendee sees the reason.</source>
        <translation>Indique el motivo: el asistente lo verá.</translation>
    </message>
    <message>
        <source>Reject level proposal</source>
        <translation>Rechazar la propuesta de nivel</translation>
    </message>
    <message>
        <source>Give the engagement a name.</source>
        <translation>Dé un nombre a la colaboración.</translation>
    </message>
    <message>
        <source>Choose the team the engagement hands over to.</source>
        <translation>Elija el equipo al que la colaboración traspasa el trabajo.</translation>
    </message>
    <message>
        <source>The roll-off date must be on or after the start.</source>
        <translation>La fecha de salida debe ser igual o posterior al inicio.</translation>
    </message>
    <message>
        <source>Add engagement “%1”</source>
        <translation>Añadir la colaboración «%1»</translation>
    </message>
    <message>
        <source>Edit engagement “%1”</source>
        <translation>Editar la colaboración «%1»</translation>
    </message>
    <message>
        <source>Delete engagement “%1”</source>
        <translation>Eliminar la colaboración «%1»</translation>
    </message>
    <message>
        <source>Name the capability, e.g. “Roll back a release”.</source>
        <translation>Dé un nombre a la capacidad, p. ej. «Revertir una versión».</translation>
    </message>
    <message>
        <source>Add capability “%1”</source>
        <translation>Añadir la capacidad «%1»</translation>
    </message>
    <message>
        <source>Edit capability “%1”</source>
        <translation>Editar la capacidad «%1»</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Delete capability “%1”</source>
        <translation>Eliminar la capacidad «%1»</translation>
    </message>
    <message>
        <source>Say what the attendee should do.</source>
        <translation>Indique qué debe hacer el asistente.</translation>
    </message>
    <message>
        <source>Edit Apply task</source>
        <translation>Editar la tarea de aplicación</translation>
    </message>
    <message>
        <source>Select the proposals to accept.</source>
        <translation>Seleccione las propuestas que aceptar.</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n level proposal(s)</source>
        <translation>
            <numerusform>Aceptar %n propuesta de nivel</numerusform>
            <numerusform>Aceptar %n propuestas de nivel</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the proposals to reject.</source>
        <translation>Seleccione las propuestas que rechazar.</translation>
    </message>
    <message numerus="yes">
        <source>Reject %n level proposal(s)</source>
        <translation>
            <numerusform>Rechazar %n propuesta de nivel</numerusform>
            <numerusform>Rechazar %n propuestas de nivel</numerusform>
        </translation>
    </message>
    <message>
        <source>Session “%1”: “%2” is not a time zone this system knows (e.g. Europe/Berlin, UTC+01:00, or none for the workspace&apos;s zone).</source>
        <translation>Sesión «%1»: «%2» no es una zona horaria que conozca este sistema (p. ej. Europe/Madrid, UTC+01:00, o none para la zona del espacio de trabajo).</translation>
    </message>
    <message>
        <source>Name the workspace&apos;s time zone, such as Europe/Berlin or UTC+01:00.</source>
        <translation>Indique la zona horaria del espacio de trabajo, como Europe/Madrid o UTC+01:00.</translation>
    </message>
</context>
<context>
    <name>coe::commands::WorkspaceEdits</name>
    <message>
        <source>Name the workspace&apos;s time zone, such as Europe/Berlin or UTC+01:00.</source>
        <translation>Indique la zona horaria del espacio de trabajo, como Europe/Madrid o UTC+01:00.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows: give an IANA name such as Europe/Berlin, or a fixed offset such as UTC+01:00.</source>
        <translation>«%1» no es una zona horaria que conozca este sistema: indique un nombre IANA como Europe/Madrid o un desfase fijo como UTC+01:00.</translation>
    </message>
    <message>
        <source>Each readiness weight is from 0 % to 100 %.</source>
        <translation>Cada peso de la preparación va del 0 % al 100 %.</translation>
    </message>
    <message>
        <source>The readiness weights add up to %1 %; they must add up to 100 %.</source>
        <translation>Los pesos de la preparación suman %1 %; deben sumar 100 %.</translation>
    </message>
    <message>
        <source>Change the workspace settings</source>
        <translation>Cambiar la configuración del espacio de trabajo</translation>
    </message>
    <message>
        <source>Set the workspace&apos;s time zone to %1</source>
        <translation>Poner la zona horaria del espacio de trabajo en %1</translation>
    </message>
    <message>
        <source>Change the readiness weights</source>
        <translation>Cambiar los pesos de la preparación</translation>
    </message>
</context>
<context>
    <name>coe::render::Agenda</name>
    <message>
        <source>Release %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Draft — not released</source>
        <translation>Borrador — no publicado</translation>
    </message>
    <message>
        <source>CoE Studio · %1 · printed %2</source>
        <translation>CoE Studio · %1 · impreso el %2</translation>
    </message>
    <message>
        <source>release %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <translation>Persona %1</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenaria</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source> · %1–%2 (part %3 of %4)</source>
        <translation> · %1–%2 (parte %3 de %4)</translation>
    </message>
    <message>
        <source>%1 seats</source>
        <translation>%1 plazas</translation>
    </message>
    <message>
        <source>Nothing is scheduled on this day yet.</source>
        <translation>Aún no hay nada programado este día.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Plenaries and other items</source>
        <translation>Plenarias y otros elementos</translation>
    </message>
    <message>
        <source>Programme by track</source>
        <translation>Programa por track</translation>
    </message>
    <message>
        <source>No scheduled items</source>
        <translation>Ningún elemento programado</translation>
    </message>
    <message>
        <source>Schedule items on the timetable to list them here.</source>
        <translation>Programe elementos en el horario para verlos aquí.</translation>
    </message>
    <message>
        <source>Speakers&apos; run sheet</source>
        <translation>Hoja de ruta de ponentes</translation>
    </message>
    <message>
        <source>No speakers scheduled</source>
        <translation>Ningún ponente programado</translation>
    </message>
    <message>
        <source>%1 · %2 min · be in the room by %3</source>
        <translation>%1 · %2 min · en la sala antes de las %3</translation>
    </message>
    <message>
        <source>With %1</source>
        <translation>Con %1</translation>
    </message>
    <message>
        <source>Needs: %1</source>
        <translation>Necesita: %1</translation>
    </message>
    <message>
        <source>Room equipment: none listed</source>
        <translation>Equipamiento de la sala: no consta ninguno</translation>
    </message>
    <message>
        <source>Room equipment: %1</source>
        <translation>Equipamiento de la sala: %1</translation>
    </message>
    <message>
        <source>Missing in this room: %1 — talk to the organisers</source>
        <translation>Falta en esta sala: %1 — hable con la organización</translation>
    </message>
    <message>
        <source>Nothing in this room today.</source>
        <translation>Hoy no hay nada en esta sala.</translation>
    </message>
    <message>
        <source>No day %1 in this summit</source>
        <translation>Esta cumbre no tiene día %1</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Changes to the schedule · %1</source>
        <translation>Cambios en el programa · %1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Every item is where and when it was.</source>
        <translation>Todos los elementos siguen donde y cuando estaban.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Was: %1</source>
        <translation>Era: %1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Antes: %1</translation>
    </message>
    <message>
        <source>At: %1</source>
        <translation>En: %1</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Ahora: %1</translation>
    </message>
    <message>
        <source>%1 — changes · %2</source>
        <translation>%1 — cambios · %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>times in %1</source>
        <translation>horas en %1</translation>
    </message>
</context>
<context>
    <name>coe::render::Handout</name>
    <message>
        <source>Skills</source>
        <translation>Habilidades</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>to be named</source>
        <translation>por designar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>1 · Learn</source>
        <translation>1 · Aprender</translation>
    </message>
    <message>
        <source>2 · See it applied</source>
        <translation>2 · Verlo aplicado</translation>
    </message>
    <message>
        <source>3 · Apply</source>
        <translation>3 · Aplicar</translation>
    </message>
    <message>
        <source>(nothing written yet)</source>
        <translation>(aún no hay nada escrito)</translation>
    </message>
    <message>
        <source>Attendees and their Apply task</source>
        <translation>Asistentes y su tarea de aplicación</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>vence el %1</translation>
    </message>
    <message>
        <source>CoE Studio · knowledge transfer</source>
        <translation>CoE Studio · transferencia de conocimiento</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
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
        <translation>Cobertura por equipo y categoría de habilidades</translation>
    </message>
    <message>
        <source>No team has skill requirements yet.</source>
        <translation>Ningún equipo tiene aún requisitos de habilidades.</translation>
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
        <translation>Acerca de CoE Studio</translation>
    </message>
    <message>
        <source>Skill matrices, knowledge transfer, summits and team readiness for the lead of a DevOps Center of Excellence.</source>
        <translation>Matrices de habilidades, transferencia de conocimiento, cumbres y preparación de los equipos para el responsable de un Centro de Excelencia DevOps.</translation>
    </message>
    <message>
        <source>driver missing</source>
        <translation>falta el controlador</translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Con licencia GNU General Public License, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>coe::ui::Actions</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>Show status &amp;bar</source>
        <translation>Mostrar &amp;barra de estado</translation>
    </message>
    <message>
        <source>&amp;About CoE Studio</source>
        <translation>&amp;Acerca de CoE Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Connect to &amp;team database…</source>
        <translation>Conectar a una base de datos de &amp;equipo…</translation>
    </message>
    <message>
        <source>Create &amp;demo workspace…</source>
        <translation>Crear espacio de trabajo de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>&amp;Cerrar espacio de trabajo</translation>
    </message>
    <message>
        <source>&amp;People &amp;&amp; teams</source>
        <translation>&amp;Personas y equipos</translation>
    </message>
    <message>
        <source>&amp;Skills</source>
        <translation>&amp;Habilidades</translation>
    </message>
    <message>
        <source>Skill &amp;matrix</source>
        <translation>&amp;Matriz de habilidades</translation>
    </message>
    <message>
        <source>&amp;Import skill matrix…</source>
        <translation>&amp;Importar matriz de habilidades…</translation>
    </message>
    <message>
        <source>&amp;Export skill matrix…</source>
        <translation>E&amp;xportar matriz de habilidades…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Pa&amp;nel</translation>
    </message>
    <message>
        <source>How &amp;readiness is computed</source>
        <translation>Cómo se calcula la p&amp;reparación</translation>
    </message>
    <message>
        <source>S&amp;ummits</source>
        <translation>C&amp;umbres</translation>
    </message>
    <message>
        <source>&amp;Engagements</source>
        <translation>C&amp;olaboraciones</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Wor&amp;kspace settings…</source>
        <translation>Con&amp;figuración del espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Ir a…</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
</context>
<context>
    <name>coe::ui::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>coe::ui::CapabilityDialog</name>
    <message>
        <source>Edit capability</source>
        <translation>Editar capacidad</translation>
    </message>
    <message>
        <source>New capability</source>
        <translation>Nueva capacidad</translation>
    </message>
    <message>
        <source>An operational task, e.g. Rotate secrets</source>
        <translation>Una tarea operativa, p. ej. Rotar secretos</translation>
    </message>
    <message>
        <source>(nobody yet)</source>
        <translation>(nadie todavía)</translation>
    </message>
    <message>
        <source>The internal person who will run it</source>
        <translation>La persona interna que la ejecutará</translation>
    </message>
    <message>
        <source>The expert handing it over</source>
        <translation>El experto que la traspasa</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Escriba una habilidad y pulse Intro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable:</translation>
    </message>
    <message>
        <source>&amp;Expert:</source>
        <translation>E&amp;xperto:</translation>
    </message>
    <message>
        <source>&amp;Skills:</source>
        <translation>&amp;Habilidades:</translation>
    </message>
</context>
<context>
    <name>coe::ui::ChangelogDialog</name>
    <message>
        <source>Changes since version %1</source>
        <translation>Cambios desde la versión %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Movido</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Nothing changed since version %1.</source>
        <translation>Nada ha cambiado desde la versión %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since version %1:</source>
        <translation>
            <numerusform>%n cambio desde la versión %1:</numerusform>
            <numerusform>%n cambios desde la versión %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::ChartDialog</name>
    <message>
        <source>%1 — readiness charts</source>
        <translation>%1 — gráficos de preparación</translation>
    </message>
    <message>
        <source>Coverage by skill category (radar)</source>
        <translation>Cobertura por categoría de habilidades (radar)</translation>
    </message>
    <message>
        <source>Independent people per required skill</source>
        <translation>Personas independientes por habilidad requerida</translation>
    </message>
    <message>
        <source>Readiness index by month, with forecast</source>
        <translation>Índice de preparación por mes, con previsión</translation>
    </message>
    <message>
        <source>All teams: coverage by skill category (heatmap)</source>
        <translation>Todos los equipos: cobertura por categoría de habilidades (mapa de calor)</translation>
    </message>
    <message>
        <source>All teams: capabilities by hand-over phase</source>
        <translation>Todos los equipos: capacidades por fase de traspaso</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
</context>
<context>
    <name>coe::ui::CommandPalette</name>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Summit item</source>
        <translation>Elemento de cumbre</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Ir a</translation>
    </message>
    <message>
        <source>Type an action, a view, a person, a skill, a session or a summit item</source>
        <translation>Escriba una acción, una vista, una persona, una habilidad, una sesión o un elemento de cumbre</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Coincidencias</translation>
    </message>
    <message>
        <source>↑ ↓ to move · Enter to go · Esc to close</source>
        <translation>↑ ↓ para moverse · Intro para ir · Esc para cerrar</translation>
    </message>
</context>
<context>
    <name>coe::ui::ConnectDialog</name>
    <message>
        <source>Connect to team database</source>
        <translation>Conectar a una base de datos de equipo</translation>
    </message>
    <message>
        <source>A team shares one workspace in a PostgreSQL database. Ask whoever runs it for the address and your password.</source>
        <translation>Un equipo comparte un espacio de trabajo en una base de datos PostgreSQL. Pida la dirección y su contraseña a quien la administre.</translation>
    </message>
    <message>
        <source>The password is used for this connection only; CoE Studio does not store it.</source>
        <translation>La contraseña solo se usa para esta conexión; CoE Studio no la guarda.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>Enter the database address.</source>
        <translation>Introduzca la dirección de la base de datos.</translation>
    </message>
    <message>
        <source>The address starts with postgresql://.</source>
        <translation>La dirección empieza por postgresql://.</translation>
    </message>
</context>
<context>
    <name>coe::ui::DashboardView</name>
    <message>
        <source>How readiness is computed</source>
        <translation>Cómo se calcula la preparación</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Team readiness&lt;/h2&gt;&lt;p&gt;How ready each team is to run its platform without outside help, as of %1. Click a team for its charts. &lt;a href=&quot;#definitions&quot;&gt;How is this computed?&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Preparación de los equipos&lt;/h2&gt;&lt;p&gt;Lo preparado que está cada equipo para gestionar su plataforma sin ayuda externa, a %1. Haga clic en un equipo para ver sus gráficos. &lt;a href=&quot;#definitions&quot;&gt;¿Cómo se calcula?&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No teams yet. Add teams and their people in People &amp; teams; readiness then follows from the skills each team requires and the capabilities handed over to it.</source>
        <translation>No hay equipos todavía. Añada equipos y sus personas en Personas y equipos; la preparación se deriva luego de las habilidades que requiere cada equipo y de las capacidades que se le han traspasado.</translation>
    </message>
    <message>
        <source>&lt;p&gt;For a team at a date, each person&apos;s level is their &lt;b&gt;effective level&lt;/b&gt; then: the latest lead&apos;s assessment, else the consultant&apos;s, else their own.&lt;/p&gt;&lt;p&gt;For each skill the team requires (at least &lt;i&gt;n&lt;/i&gt; people Independent):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;coverage&lt;/b&gt; = internal members at Independent or above ÷ &lt;i&gt;n&lt;/i&gt;, at most 1;&lt;/li&gt;&lt;li&gt;&lt;b&gt;teacher&lt;/b&gt; = 1 if an internal member is at Teacher, else 0 (where a Teacher is required);&lt;/li&gt;&lt;li&gt;a &lt;b&gt;single point of failure&lt;/b&gt; has exactly one internal Independent;&lt;/li&gt;&lt;li&gt;a &lt;b&gt;consultant-dependent&lt;/b&gt; skill has none, while an external person is Independent.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Hand-over&lt;/b&gt; is the mean phase of the team&apos;s capabilities: Expert leads 0, Pairing ⅓, Staff leads ⅔, Handed over 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Index&lt;/b&gt; = 100 × (0.5 × mean coverage + 0.2 × mean teacher + 0.3 × hand-over). A part with nothing to average drops out and the others are rescaled.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;forecast&lt;/b&gt; extends a straight line through the last six month-end values to each engagement&apos;s roll-off date. &lt;b&gt;Next actions&lt;/b&gt; are the three changes that raise the index most; candidates are listed by level, then interest.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Para un equipo en una fecha, el nivel de cada persona es su &lt;b&gt;nivel efectivo&lt;/b&gt; en ese momento: la última evaluación del responsable; si no hay, la del consultor; si no, la suya propia.&lt;/p&gt;&lt;p&gt;Para cada habilidad que requiere el equipo (al menos &lt;i&gt;n&lt;/i&gt; personas en Independiente):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;cobertura&lt;/b&gt; = miembros internos en Independiente o superior ÷ &lt;i&gt;n&lt;/i&gt;, como máximo 1;&lt;/li&gt;&lt;li&gt;&lt;b&gt;docente&lt;/b&gt; = 1 si un miembro interno está en Docente, si no 0 (donde se requiere un Docente);&lt;/li&gt;&lt;li&gt;un &lt;b&gt;punto único de fallo&lt;/b&gt; tiene exactamente una persona interna Independiente;&lt;/li&gt;&lt;li&gt;una habilidad &lt;b&gt;dependiente de consultores&lt;/b&gt; no tiene ninguna, mientras que una persona externa es Independiente.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;El &lt;b&gt;traspaso&lt;/b&gt; es la fase media de las capacidades del equipo: Dirige el experto 0, En pareja ⅓, Dirige el personal ⅔, Traspasado 1.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Índice&lt;/b&gt; = 100 × (0,5 × cobertura media + 0,2 × docente medio + 0,3 × traspaso). Una parte sin nada que promediar se excluye y las demás se reescalan.&lt;/p&gt;&lt;p&gt;La &lt;b&gt;previsión&lt;/b&gt; prolonga una recta que pasa por los seis últimos valores de fin de mes hasta la fecha de salida de cada colaboración. Las &lt;b&gt;próximas acciones&lt;/b&gt; son los tres cambios que más suben el índice; los candidatos se ordenan por nivel y luego por interés.&lt;/p&gt;</translation>
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
        <translation>Colores del índice: %1. Bajo cada índice: cobertura de las habilidades requeridas, Docentes presentes y capacidades traspasadas; «–» cuando el equipo no tiene nada que contar.</translation>
    </message>
</context>
<context>
    <name>coe::ui::EngagementDialog</name>
    <message>
        <source>Edit engagement</source>
        <translation>Editar colaboración</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nueva colaboración</translation>
    </message>
    <message>
        <source>e.g. Platform build-out with Acme Consulting</source>
        <translation>p. ej. Construcción de la plataforma con Acme Consulting</translation>
    </message>
    <message>
        <source>(choose a team)</source>
        <translation>(elija un equipo)</translation>
    </message>
    <message>
        <source>&amp;rolls off</source>
        <translation>&amp;salida el</translation>
    </message>
    <message>
        <source>Type a consultant&apos;s name and press Enter</source>
        <translation>Escriba el nombre de un consultor y pulse Intro</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Equipo:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;Consultants:</source>
        <translation>&amp;Consultores:</translation>
    </message>
</context>
<context>
    <name>coe::ui::EngagementsView</name>
    <message>
        <source>No phase recorded yet.</source>
        <translation>Aún no se ha registrado ninguna fase.</translation>
    </message>
    <message>
        <source>%1 (moved back)</source>
        <translation>%1 (retrocedida)</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>confirmado por %1</translation>
    </message>
    <message>
        <source>Drag a card to the next column when the staff take over more of it. Moving back asks for a reason.</source>
        <translation>Arrastre una tarjeta a la columna siguiente cuando el personal asuma más parte de ella. Retroceder pide un motivo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avisos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Phase history&lt;/b&gt;</source>
        <translation>&lt;b&gt;Historial de fases&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not read the engagements.</source>
        <translation>No se pudieron leer las colaboraciones.</translation>
    </message>
    <message numerus="yes">
        <source>rolls off in %n day(s)</source>
        <translation>
            <numerusform>salida en %n día</numerusform>
            <numerusform>salida en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>rolled off %1</source>
        <translation>salida el %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>No engagements yet. They come with the demo workspace, or from your consultancy&apos;s statement of work.</source>
        <translation>Aún no hay colaboraciones. Vienen con el espacio de trabajo de demostración o salen de la propuesta de trabajo de su consultora.</translation>
    </message>
    <message>
        <source>no expert</source>
        <translation>sin experto</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>sin responsable</translation>
    </message>
    <message>
        <source>No warnings for this engagement.</source>
        <translation>No hay avisos para esta colaboración.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Now:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Owner:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Expert:&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Skills:&lt;/b&gt; %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ahora:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Responsable:&lt;/b&gt; %4&lt;br&gt;&lt;b&gt;Experto:&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Habilidades:&lt;/b&gt; %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Move “%1” back</source>
        <translation>Retroceder «%1»</translation>
    </message>
    <message>
        <source>Move “%1” forward</source>
        <translation>Avanzar «%1»</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(nadie designado)</translation>
    </message>
    <message>
        <source>Why is it moving back? (required)</source>
        <translation>¿Por qué retrocede? (obligatorio)</translation>
    </message>
    <message>
        <source>What showed the staff are ready (optional)</source>
        <translation>Qué demostró que el personal está preparado (opcional)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>&amp;Confirmed by:</source>
        <translation>&amp;Confirmado por:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <source>Move capability</source>
        <translation>Mover capacidad</translation>
    </message>
    <message>
        <source>%1 is now at %2.</source>
        <translation>%1 está ahora en %2.</translation>
    </message>
    <message>
        <source>Edit capability…</source>
        <translation>Editar capacidad…</translation>
    </message>
    <message>
        <source>Delete capability</source>
        <translation>Eliminar capacidad</translation>
    </message>
    <message>
        <source>New capability…</source>
        <translation>Nueva capacidad…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nueva…</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Nueva colaboración</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Edit engagement</source>
        <translation>Editar colaboración</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>Eliminar colaboración</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n capability(ies) and their history? Undo brings it back.</source>
        <translation>
            <numerusform>¿Eliminar «%1» con su %n capacidad y su historial? Deshacer la recupera.</numerusform>
            <numerusform>¿Eliminar «%1» con sus %n capacidades y su historial? Deshacer la recupera.</numerusform>
        </translation>
    </message>
    <message>
        <source>New capability</source>
        <translation>Nueva capacidad</translation>
    </message>
    <message>
        <source>Edit capability</source>
        <translation>Editar capacidad</translation>
    </message>
    <message>
        <source>Delete “%1” and its phase history? Undo brings it back.</source>
        <translation>¿Eliminar «%1» y su historial de fases? Deshacer la recupera.</translation>
    </message>
    <message>
        <source> (moved back)</source>
        <translation> (retrocedida)</translation>
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
        <translation>Listo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>%1 — CoE Studio</source>
        <translation>%1 — CoE Studio</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>My CoE.coe</source>
        <translation>Mi CoE.coe</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir espacio de trabajo</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation>Crear espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Import skill matrix</source>
        <translation>Importar matriz de habilidades</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n cell(s) from %1 — undo with %2</source>
        <translation>
            <numerusform>Importada %n celda de %1 — deshaga con %2</numerusform>
            <numerusform>Importadas %n celdas de %1 — deshaga con %2</numerusform>
        </translation>
    </message>
    <message>
        <source> matrix.xlsx</source>
        <translation> matriz.xlsx</translation>
    </message>
    <message>
        <source>Export skill matrix</source>
        <translation>Exportar matriz de habilidades</translation>
    </message>
    <message>
        <source>Exported the skill matrix to %1</source>
        <translation>Matriz de habilidades exportada a %1</translation>
    </message>
    <message>
        <source>Stopped waiting for %1.</source>
        <translation>Se dejó de esperar a %1.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando a %1…</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Hojas de cálculo (*.csv *.xlsx *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;OpenDocument spreadsheet (*.ods);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Libro de Excel (*.xlsx);;Hoja de cálculo OpenDocument (*.ods);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1: choose a name ending in .xlsx, .ods, .csv or .json.</source>
        <translation>%1: elija un nombre que termine en .xlsx, .ods, .csv o .json.</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Show &amp;toolbar</source>
        <translation>Mostrar barra de herramien&amp;tas</translation>
    </message>
    <message>
        <source>Print the summit&apos;s agenda</source>
        <translation>Imprimir el programa de la cumbre</translation>
    </message>
    <message>
        <source>Print: open the Summits view to print an agenda</source>
        <translation>Imprimir: abra la vista Cumbres para imprimir un programa</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Configuración del espacio de trabajo</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixDelegate</name>
    <message>
        <source>— not assessed</source>
        <translation>— sin evaluar</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixHeader</name>
    <message>
        <source>%1 — click to unfold its skills</source>
        <translation>%1 — haga clic para desplegar sus habilidades</translation>
    </message>
    <message>
        <source>%1 — click to fold it into an average</source>
        <translation>%1 — haga clic para plegarla en una media</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixImportDialog</name>
    <message>
        <source>Import skill matrix from %1</source>
        <translation>Importar matriz de habilidades de %1</translation>
    </message>
    <message>
        <source>Wide: a row per person, a column per skill</source>
        <translation>Ancho: una fila por persona, una columna por habilidad</translation>
    </message>
    <message>
        <source>Long: a row per person and skill</source>
        <translation>Largo: una fila por persona y habilidad</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Propia</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultor</translation>
    </message>
    <message>
        <source>Add people and skills the workspace does not have</source>
        <translation>Añadir las personas y habilidades que no tiene el espacio de trabajo</translation>
    </message>
    <message>
        <source>Skip bad cells and import the rest</source>
        <translation>Omitir las celdas erróneas e importar el resto</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>Registradas como</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Con fecha</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) to import from %1 row(s)</source>
        <translation>
            <numerusform>%n celda que importar de %1 filas</numerusform>
            <numerusform>%n celdas que importar de %1 filas</numerusform>
        </translation>
    </message>
    <message>
        <source>, adding %1 people and %2 skills</source>
        <translation>, añadiendo %1 personas y %2 habilidades</translation>
    </message>
    <message numerus="yes">
        <source>%1%2. %n problem(s) — fix the file or the choices above, or skip bad cells.</source>
        <translation>
            <numerusform>%1%2. %n problema — corrija el archivo o las opciones de arriba, u omita las celdas erróneas.</numerusform>
            <numerusform>%1%2. %n problemas — corrija el archivo o las opciones de arriba, u omita las celdas erróneas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 is past the rows the preview shows (the first %n).</source>
        <translation>
            <numerusform>La línea %1 está más allá de las filas que muestra la vista previa (la primera).</numerusform>
            <numerusform>La línea %1 está más allá de las filas que muestra la vista previa (las %n primeras).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In the first %n row(s): </source>
        <translation>
            <numerusform>En la primera fila: </numerusform>
            <numerusform>En las %n primeras filas: </numerusform>
        </translation>
    </message>
    <message>
        <source> The rest of the file is checked when you import.</source>
        <translation> El resto del archivo se comprueba al importar.</translation>
    </message>
    <message>
        <source>Import skill matrix</source>
        <translation>Importar matriz de habilidades</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixTable</name>
    <message>
        <source>Select the cell where the pasted block should start.</source>
        <translation>Seleccione la celda donde debe empezar el bloque pegado.</translation>
    </message>
    <message>
        <source>Nothing was pasted: %1.</source>
        <translation>No se pegó nada: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n cell(s)</source>
        <translation>
            <numerusform>Pegar %n celda</numerusform>
            <numerusform>Pegar %n celdas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1</source>
        <translation>
            <numerusform>Poner %n celda a %1</numerusform>
            <numerusform>Poner %n celdas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the personal target of %n cell(s) to %1</source>
        <translation>
            <numerusform>Poner el objetivo personal de %n celda a %1</numerusform>
            <numerusform>Poner el objetivo personal de %n celdas a %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear the personal target of %n cell(s)</source>
        <translation>
            <numerusform>Quitar el objetivo personal de %n celda</numerusform>
            <numerusform>Quitar el objetivo personal de %n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Personal &amp;target</source>
        <translation>Objetivo pe&amp;rsonal</translation>
    </message>
    <message>
        <source>A target for these people alone, instead of the one their role sets</source>
        <translation>Un objetivo solo para estas personas, en lugar del que fija su rol</translation>
    </message>
    <message>
        <source>&amp;Use the role&apos;s target</source>
        <translation>&amp;Usar el objetivo del rol</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 para %2</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s)</source>
        <translation>
            <numerusform>%n celda</numerusform>
            <numerusform>%n celdas</numerusform>
        </translation>
    </message>
    <message>
        <source>the self-assessment</source>
        <translation>la autoevaluación</translation>
    </message>
    <message>
        <source>the consultant&apos;s level</source>
        <translation>el nivel del consultor</translation>
    </message>
    <message>
        <source>the lead&apos;s level</source>
        <translation>el nivel del responsable</translation>
    </message>
    <message>
        <source>Nothing was pasted: “Self against lead” compares two sources; pick one source to paste into.</source>
        <translation>No se pegó nada: «Propia frente a responsable» compara dos fuentes; elija una sola fuente en la que pegar.</translation>
    </message>
    <message>
        <source>Nothing was pasted: the block is %1 × %2 cells and does not fit from %3, %4; it would run past the last %5.</source>
        <translation>No se pegó nada: el bloque tiene %1 × %2 celdas y no cabe desde %3, %4; se saldría de la última %5.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>column</source>
        <translation>columna</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is an average, not a level; copy the skills themselves, or type a whole level</source>
        <translation>%1: «%2» es una media, no un nivel; copie las propias habilidades o escriba un nivel entero</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a level (0 to %3 or a label such as %4)</source>
        <translation>%1: «%2» no es un nivel (de 0 a %3 o una etiqueta como %4)</translation>
    </message>
    <message>
        <source>Nothing was pasted at %1</source>
        <translation>No se pegó nada en %1</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n cell(s) at %1</source>
        <translation>
            <numerusform>Pegada %n celda en %1</numerusform>
            <numerusform>Pegadas %n celdas en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n category average(s) were left as they are, since they follow their skills</source>
        <translation>
            <numerusform>; %n media de categoría se dejó como estaba, ya que sigue a sus habilidades</numerusform>
            <numerusform>; %n medias de categoría se dejaron como estaban, ya que siguen a sus habilidades</numerusform>
        </translation>
    </message>
    <message>
        <source>Set %1 to %2 %3 for %4</source>
        <translation>Poner %1 a %2 %3 para %4</translation>
    </message>
    <message>
        <source>Cleared %1 of %2 for %3</source>
        <translation>Borrado %1 de %2 para %3</translation>
    </message>
    <message>
        <source>; it still shows %1 (%2)</source>
        <translation>; sigue mostrando %1 (%2)</translation>
    </message>
    <message>
        <source>“Self against lead” only compares; pick one source to set levels.</source>
        <translation>«Propia frente a responsable» solo compara; elija una sola fuente para poner niveles.</translation>
    </message>
    <message>
        <source>Category averages follow their skills; unfold the category to set its skills.</source>
        <translation>Las medias de categoría siguen a sus habilidades; despliegue la categoría para poner sus habilidades.</translation>
    </message>
    <message numerus="yes">
        <source>Set %n cell(s) to %1 %2</source>
        <translation>
            <numerusform>Poner %n celda a %1 %2</numerusform>
            <numerusform>Poner %n celdas a %1 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n category average(s) left as they are</source>
        <translation>
            <numerusform>; %n media de categoría se deja como está</numerusform>
            <numerusform>; %n medias de categoría se dejan como están</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to clear here: category averages follow their skills.</source>
        <translation>Aquí no hay nada que borrar: las medias de categoría siguen a sus habilidades.</translation>
    </message>
    <message>
        <source>Clear cells</source>
        <translation>Borrar celdas</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected cells also hold a consultant&apos;s level or a self-assessment, which the effective view shows once the lead&apos;s level is gone.</source>
        <translation>
            <numerusform>%n de las celdas seleccionadas también tiene un nivel del consultor o una autoevaluación, que la vista efectiva muestra cuando ya no está el nivel del responsable.</numerusform>
            <numerusform>%n de las celdas seleccionadas también tienen un nivel del consultor o una autoevaluación, que la vista efectiva muestra cuando ya no está el nivel del responsable.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear &amp;every source</source>
        <translation>Borrar &amp;todas las fuentes</translation>
    </message>
    <message>
        <source>Clear the &amp;lead&apos;s level only</source>
        <translation>Borrar solo el nivel del &amp;responsable</translation>
    </message>
    <message>
        <source>every source</source>
        <translation>todas las fuentes</translation>
    </message>
    <message>
        <source>Clear %1 in %2</source>
        <translation>Borrar %1 en %2</translation>
    </message>
    <message>
        <source>Nothing to clear: %1 has no %2 there.</source>
        <translation>Nada que borrar: %1 no tiene %2 ahí.</translation>
    </message>
    <message>
        <source>the selection</source>
        <translation>la selección</translation>
    </message>
    <message>
        <source>Cleared %1 in %2</source>
        <translation>Borrado %1 en %2</translation>
    </message>
    <message numerus="yes">
        <source>; %n still show(s) a consultant&apos;s level</source>
        <translation>
            <numerusform>; %n sigue mostrando un nivel del consultor</numerusform>
            <numerusform>; %n siguen mostrando un nivel del consultor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n a self-assessment</source>
        <translation>
            <numerusform> y %n una autoevaluación</numerusform>
            <numerusform> y %n una autoevaluación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n still show(s) a self-assessment</source>
        <translation>
            <numerusform>; %n sigue mostrando una autoevaluación</numerusform>
            <numerusform>; %n siguen mostrando una autoevaluación</numerusform>
        </translation>
    </message>
    <message>
        <source>Notes belong to a skill: pick a skill&apos;s cell, not a category&apos;s average.</source>
        <translation>Las notas pertenecen a una habilidad: elija la celda de una habilidad, no la media de una categoría.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note on %1 for %2:</source>
        <translation>Nota sobre %1 para %2:</translation>
    </message>
    <message>
        <source>Add a note to %1 for %2</source>
        <translation>Añadir una nota sobre %1 para %2</translation>
    </message>
    <message>
        <source>Added a note to %1 for %2.</source>
        <translation>Se añadió una nota sobre %1 para %2.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n cell(s).</source>
        <translation>
            <numerusform>Copiada %n celda.</numerusform>
            <numerusform>Copiadas %n celdas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Set &amp;level</source>
        <translation>Poner &amp;nivel</translation>
    </message>
    <message>
        <source>C&amp;lear the lead&apos;s level</source>
        <translation>&amp;Borrar el nivel del responsable</translation>
    </message>
    <message>
        <source>Edit &amp;note…</source>
        <translation>Editar n&amp;ota…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Añadir n&amp;ota…</translation>
    </message>
    <message>
        <source>%1 is not a level: this scale goes from 0 to %2 (%3).</source>
        <translation>%1 no es un nivel: esta escala va de 0 a %2 (%3).</translation>
    </message>
    <message>
        <source>Nothing was pasted: the clipboard holds more than %L1 characters, more than any matrix has cells for.</source>
        <translation>No se pegó nada: el portapapeles contiene más de %L1 caracteres, más de los que caben en las celdas de cualquier matriz.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coe::ui::MatrixView</name>
    <message>
        <source>Effective level</source>
        <translation>Nivel efectivo</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoevaluación</translation>
    </message>
    <message>
        <source>Lead&apos;s assessment</source>
        <translation>Evaluación del responsable</translation>
    </message>
    <message>
        <source>Consultant&apos;s assessment</source>
        <translation>Evaluación del consultor</translation>
    </message>
    <message>
        <source>Self against lead</source>
        <translation>Propia frente a responsable</translation>
    </message>
    <message>
        <source>Effective: the lead&apos;s level, else the consultant&apos;s, else the person&apos;s own.</source>
        <translation>Efectivo: el nivel del responsable; si no, el del consultor; si no, el de la propia persona.</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Personal interno</translation>
    </message>
    <message>
        <source>External consultants</source>
        <translation>Consultores externos</translation>
    </message>
    <message>
        <source>Only gaps</source>
        <translation>Solo carencias</translation>
    </message>
    <message>
        <source>Only people below their target in a shown skill</source>
        <translation>Solo las personas por debajo de su objetivo en una habilidad mostrada</translation>
    </message>
    <message>
        <source>Find people</source>
        <translation>Buscar personas</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Todos los equipos</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source> &amp;nbsp;&amp;nbsp; ◥ target set &amp;nbsp; &lt;span style=&apos;color:#d73027&apos;&gt;▁&lt;/span&gt; below target &amp;nbsp; • note</source>
        <translation> &amp;nbsp;&amp;nbsp; ◥ con objetivo &amp;nbsp; &lt;span style=&apos;color:#d73027&apos;&gt;▁&lt;/span&gt; bajo el objetivo &amp;nbsp; • nota</translation>
    </message>
    <message>
        <source>%1 of %2 people, %3 columns</source>
        <translation>%1 de %2 personas, %3 columnas</translation>
    </message>
    <message>
        <source>The matrix is empty. Add people in People &amp; teams and skills in Skills, or import them with coectl import.</source>
        <translation>La matriz está vacía. Añada personas en Personas y equipos y habilidades en Habilidades, o impórtelas con coectl import.</translation>
    </message>
    <message>
        <source>No people yet — add them in People &amp; teams.</source>
        <translation>Aún no hay personas: añádalas en Personas y equipos.</translation>
    </message>
    <message>
        <source>No skills yet — add categories and skills in Skills.</source>
        <translation>Aún no hay habilidades: añada categorías y habilidades en Habilidades.</translation>
    </message>
    <message>
        <source>Nobody matches these filters.</source>
        <translation>Nadie coincide con estos filtros.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Average of the category&apos;s assessed skills: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Media de las habilidades evaluadas de la categoría: &lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultor</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Propia</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interés</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Carencia</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s) below target</source>
        <translation>
            <numerusform>%n nivel por debajo del objetivo</numerusform>
            <numerusform>%n niveles por debajo del objetivo</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Historial&lt;/b&gt;&lt;br&gt;%1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Edits here are recorded as the person&apos;s own assessment.</source>
        <translation>Lo que se edita aquí se registra como la autoevaluación de la persona.</translation>
    </message>
    <message>
        <source>Edits here are recorded as the consultant&apos;s assessment.</source>
        <translation>Lo que se edita aquí se registra como la evaluación del consultor.</translation>
    </message>
    <message>
        <source>Edits here are recorded as the lead&apos;s assessment.</source>
        <translation>Lo que se edita aquí se registra como la evaluación del responsable.</translation>
    </message>
    <message>
        <source>their own target, set instead of the role&apos;s</source>
        <translation>su propio objetivo, fijado en lugar del de su rol</translation>
    </message>
    <message>
        <source>Folded %1 into one column of averages; click its band to unfold it.</source>
        <translation>%1 plegada en una columna de medias; haga clic en su franja para desplegarla.</translation>
    </message>
    <message>
        <source>Unfolded %1.</source>
        <translation>%1 desplegada.</translation>
    </message>
    <message>
        <source>Sorted by %1, strongest first.</source>
        <translation>Ordenado por %1, de más a menos nivel.</translation>
    </message>
    <message>
        <source>Sorted by %1, weakest first.</source>
        <translation>Ordenado por %1, de menos a más nivel.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a cell to see every assessment of it.&lt;/p&gt;&lt;p&gt;Type a digit to set the selected cells, Delete to clear them; Enter, F2 or a double-click opens a list of levels, Shift+F2 writes a note. Ctrl+C and Ctrl+V copy and paste blocks, also from a spreadsheet. Click a category band to fold it into an average.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione una celda para ver todas sus evaluaciones.&lt;/p&gt;&lt;p&gt;Escriba una cifra para poner las celdas seleccionadas y Supr para borrarlas; Intro, F2 o un doble clic abren una lista de niveles, y Mayús+F2 escribe una nota. Ctrl+C y Ctrl+V copian y pegan bloques, también desde una hoja de cálculo. Haga clic en la franja de una categoría para plegarla en una media.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>self</source>
        <translation>propia</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>consultor</translation>
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
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Nothing is called “%1”.</source>
        <translation>Nada se llama «%1».</translation>
    </message>
</context>
<context>
    <name>coe::ui::PeopleView</name>
    <message>
        <source>Teams</source>
        <translation>Equipos</translation>
    </message>
    <message>
        <source>Add team</source>
        <translation>Añadir equipo</translation>
    </message>
    <message>
        <source>Rename team</source>
        <translation>Renombrar equipo</translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation>Eliminar equipo</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>Añadir rol</translation>
    </message>
    <message>
        <source>Rename role</source>
        <translation>Renombrar rol</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Eliminar rol</translation>
    </message>
    <message>
        <source>Search names, emails, teams, roles</source>
        <translation>Buscar nombres, correos, equipos, roles</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Personal interno</translation>
    </message>
    <message>
        <source>External consultants</source>
        <translation>Consultores externos</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete selected people</source>
        <translation>Eliminar las personas seleccionadas</translation>
    </message>
    <message>
        <source>All people (%1)</source>
        <translation>Todas las personas (%1)</translation>
    </message>
    <message>
        <source>Without team (%1)</source>
        <translation>Sin equipo (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 of %2 people</source>
        <translation>%1 de %2 personas</translation>
    </message>
    <message>
        <source>No people yet. Add them one by one with Add person, or import a spreadsheet with coectl import people.</source>
        <translation>Aún no hay personas. Añádalas una a una con Añadir persona o importe una hoja de cálculo con coectl import people.</translation>
    </message>
    <message>
        <source>Nobody matches the search or filter.</source>
        <translation>Nadie coincide con la búsqueda o el filtro.</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nueva persona</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar a %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Eliminar %n persona</numerusform>
            <numerusform>Eliminar %n personas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — undo with %2</source>
        <translation>%1 — deshaga con %2</translation>
    </message>
    <message>
        <source>Team name:</source>
        <translation>Nombre del equipo:</translation>
    </message>
    <message>
        <source>Delete team %1</source>
        <translation>Eliminar el equipo %1</translation>
    </message>
    <message>
        <source>Team deleted; its people are now without team. Undo brings it back.</source>
        <translation>Equipo eliminado; sus personas se quedan sin equipo. Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Role name:</source>
        <translation>Nombre del rol:</translation>
    </message>
    <message>
        <source>Delete role %1</source>
        <translation>Eliminar el rol %1</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Skill requirements…</source>
        <translation>Requisitos de habilidades…</translation>
    </message>
    <message>
        <source>Which skills the selected team must cover, for readiness</source>
        <translation>Qué habilidades debe cubrir el equipo seleccionado, para la preparación</translation>
    </message>
    <message>
        <source>Select a team first.</source>
        <translation>Seleccione antes un equipo.</translation>
    </message>
    <message>
        <source>Skill requirements saved. Undo brings back the previous ones.</source>
        <translation>Requisitos de habilidades guardados. Deshacer recupera los anteriores.</translation>
    </message>
    <message>
        <source>Targets…</source>
        <translation>Objetivos…</translation>
    </message>
    <message>
        <source>The level the selected role should reach in each skill</source>
        <translation>El nivel que debería alcanzar el rol seleccionado en cada habilidad</translation>
    </message>
    <message>
        <source>Select a role first.</source>
        <translation>Seleccione antes un rol.</translation>
    </message>
    <message>
        <source>Targets saved. Undo brings back the previous ones.</source>
        <translation>Objetivos guardados. Deshacer recupera los anteriores.</translation>
    </message>
    <message>
        <source>Add person (%1)</source>
        <translation>Añadir persona (%1)</translation>
    </message>
</context>
<context>
    <name>coe::ui::PersonEditor</name>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>External consultant</source>
        <translation>Consultor externo</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Equipo</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Zona horaria</translation>
    </message>
    <message>
        <source>Select a person to see and edit their details.</source>
        <translation>Seleccione una persona para ver y editar sus datos.</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(sin equipo)</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(sin rol)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
</context>
<context>
    <name>coe::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Idioma y aspecto</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language shows the next time CoE Studio starts.</source>
        <translation>El nuevo idioma se verá la próxima vez que se inicie CoE Studio.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>The system&apos;s default</source>
        <translation>El predeterminado del sistema</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <source>Agendas, handouts and PDF exports start on this paper; the print dialog can still change it.</source>
        <translation>Los programas, las hojas de sesión y las exportaciones a PDF empiezan con este papel; el diálogo de impresión aún puede cambiarlo.</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Este espacio de trabajo</translation>
    </message>
    <message>
        <source>Its time zone and the readiness weights belong to the workspace and are shared by everyone who opens it.</source>
        <translation>Su zona horaria y los pesos de la preparación pertenecen al espacio de trabajo y los comparten todos los que lo abren.</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Configuración del &amp;espacio de trabajo…</translation>
    </message>
</context>
<context>
    <name>coe::ui::ProgrammeDialog</name>
    <message>
        <source>Suggested programme for “%1”</source>
        <translation>Programa propuesto para «%1»</translation>
    </message>
    <message>
        <source>Track and speakers</source>
        <translation>Track y ponentes</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>No free Teacher</source>
        <translation>Ningún Docente libre</translation>
    </message>
    <message>
        <source>Nobody at Teacher level in these skills is free: invite someone from outside, or grow one.</source>
        <translation>Nadie con nivel Docente en estas habilidades está libre: invite a alguien de fuera o forme a alguien.</translation>
    </message>
    <message>
        <source>Add checked tracks</source>
        <translation>Añadir los tracks marcados</translation>
    </message>
    <message>
        <source>Nobody is below their targets: set role targets in People &amp; teams to get suggestions.</source>
        <translation>Nadie está por debajo de sus objetivos: fije objetivos de rol en Personas y equipos para recibir propuestas.</translation>
    </message>
    <message>
        <source>The skill areas with the largest gaps against targets, and who could teach them:</source>
        <translation>Las áreas de habilidades con mayores carencias frente a los objetivos, y quién podría enseñarlas:</translation>
    </message>
</context>
<context>
    <name>coe::ui::RequirementsDialog</name>
    <message>
        <source>Skill requirements of %1</source>
        <translation>Requisitos de habilidades de %1</translation>
    </message>
    <message>
        <source>Tick the skills %1 must be able to run on its own, how many internal people must be Independent in each, and where a Teacher is needed. Readiness is measured against these.</source>
        <translation>Marque las habilidades que %1 debe poder gestionar por sí mismo, cuántas personas internas deben ser Independientes en cada una y dónde se necesita un Docente. La preparación se mide frente a esto.</translation>
    </message>
    <message>
        <source>Find skills or categories</source>
        <translation>Buscar habilidades o categorías</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requerida</translation>
    </message>
    <message>
        <source>People needed</source>
        <translation>Personas necesarias</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>How many internal people must be Independent or above</source>
        <translation>Cuántas personas internas deben estar en Independiente o superior</translation>
    </message>
    <message>
        <source>Whether an internal Teacher is required</source>
        <translation>Si se requiere un Docente interno</translation>
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
        <translation>Objetivos del rol %1</translation>
    </message>
    <message>
        <source>The level people in this role should reach in each skill. The skill matrix marks cells with a target and shows how far below it people are.</source>
        <translation>El nivel que deberían alcanzar las personas de este rol en cada habilidad. La matriz de habilidades marca las celdas con objetivo y muestra cuánto les falta a las personas para alcanzarlo.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Nivel objetivo</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(sin objetivo)</translation>
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
        <translation>Aprender</translation>
    </message>
    <message>
        <source>See it applied</source>
        <translation>Verlo aplicado</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Guardar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimir hoja de sesión…</translation>
    </message>
    <message>
        <source>Handout as PDF…</source>
        <translation>Hoja de sesión en PDF…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>https://… (video call)</source>
        <translation>https://… (videollamada)</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Cuándo:</translation>
    </message>
    <message>
        <source>Whe&amp;re:</source>
        <translation>&amp;Dónde:</translation>
    </message>
    <message>
        <source>&amp;Instructor:</source>
        <translation>&amp;Instructor:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skills&lt;/b&gt;</source>
        <translation>&lt;b&gt;Habilidades&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Escriba una habilidad y pulse Intro</translation>
    </message>
    <message>
        <source>Tick those who attended</source>
        <translation>Marque a quienes asistieron</translation>
    </message>
    <message>
        <source>Add someone by name</source>
        <translation>Añadir a alguien por su nombre</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Proponer</translation>
    </message>
    <message>
        <source>Add the people with the largest gaps in these skills, and the keenest</source>
        <translation>Añadir a las personas con mayores carencias en estas habilidades, y a las más interesadas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Attendees&lt;/b&gt; (ticked: attended)</source>
        <translation>&lt;b&gt;Asistentes&lt;/b&gt; (marcados: asistieron)</translation>
    </message>
    <message>
        <source>Markdown. Fence code with ```yaml, ```hcl, ```dockerfile, ```bash, ```python …</source>
        <translation>Markdown. Delimite el código con ```yaml, ```hcl, ```dockerfile, ```bash, ```python …</translation>
    </message>
    <message>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>Apply task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Mark done…</source>
        <translation>Marcar como hecha…</translation>
    </message>
    <message>
        <source>Record the outcome; this proposes the attendee&apos;s next level in the session&apos;s skills</source>
        <translation>Registre el resultado; esto propone el siguiente nivel del asistente en las habilidades de la sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Apply tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tareas de aplicación&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Level proposals</source>
        <translation>Propuestas de nivel</translation>
    </message>
    <message>
        <source>Could not read the sessions.</source>
        <translation>No se pudieron leer las sesiones.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>Level proposals (%1)</source>
        <translation>Propuestas de nivel (%1)</translation>
    </message>
    <message>
        <source>(to be named)</source>
        <translation>(por designar)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>¿Descartar los cambios en «%1»?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>## The idea

</source>
        <translation>## La idea

</translation>
    </message>
    <message>
        <source>## Watch it done

</source>
        <translation>## Véalo hecho

</translation>
    </message>
    <message>
        <source>## Your turn

</source>
        <translation>## Su turno

</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» guardada.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <source>Delete “%1” with its attendees and Apply tasks? Undo brings it back.</source>
        <translation>¿Eliminar «%1» con sus asistentes y tareas de aplicación? Deshacer la recupera.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n suggested attendee(s); hover for why.</source>
        <translation>
            <numerusform>Añadido %n asistente propuesto; pase el ratón por encima para ver por qué.</numerusform>
            <numerusform>Añadidos %n asistentes propuestos; pase el ratón por encima para ver por qué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else has a gap or interest in these skills.</source>
        <translation>Nadie más tiene carencias ni interés en estas habilidades.</translation>
    </message>
    <message>
        <source>Apply task done</source>
        <translation>Tarea de aplicación hecha</translation>
    </message>
    <message>
        <source>What did %1 do, and how did it go?</source>
        <translation>¿Qué hizo %1 y cómo le fue?</translation>
    </message>
    <message numerus="yes">
        <source>%n level proposal(s) wait in the review queue.</source>
        <translation>
            <numerusform>%n propuesta de nivel espera en la cola de revisión.</numerusform>
            <numerusform>%n propuestas de nivel esperan en la cola de revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept proposal</source>
        <translation>Aceptar propuesta</translation>
    </message>
    <message>
        <source>Reject proposal</source>
        <translation>Rechazar propuesta</translation>
    </message>
    <message>
        <source>Why not yet? The attendee will see this.</source>
        <translation>¿Por qué todavía no? El asistente lo verá.</translation>
    </message>
    <message>
        <source>Print handout — %1</source>
        <translation>Imprimir hoja de sesión — %1</translation>
    </message>
    <message>
        <source>Export handout</source>
        <translation>Exportar hoja de sesión</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Escrito %1 (%n página).</numerusform>
            <numerusform>Escrito %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click a task or its due date (YYYY-MM-DD) to change it</source>
        <translation>Haga doble clic en una tarea o en su fecha de vencimiento (AAAA-MM-DD) para cambiarla</translation>
    </message>
    <message>
        <source>The due date is YYYY-MM-DD, not “%1”.</source>
        <translation>La fecha de vencimiento es AAAA-MM-DD, no «%1».</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Hoja de sesión</translation>
    </message>
    <message>
        <source>Print the session&apos;s handout or save it as PDF</source>
        <translation>Imprimir la hoja de la sesión o guardarla como PDF</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Habilidad</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → a</translation>
    </message>
    <message>
        <source>Task outcome</source>
        <translation>Resultado de la tarea</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>No level proposals wait for you. Mark an Apply task done on the Session tab to propose one.</source>
        <translation>No le espera ninguna propuesta de nivel. Marque como hecha una tarea de aplicación en la pestaña Sesión para proponer una.</translation>
    </message>
    <message>
        <source>Record the new levels as the lead&apos;s assessments, noting the session</source>
        <translation>Registrar los nuevos niveles como evaluaciones del responsable, con una nota de la sesión</translation>
    </message>
    <message>
        <source>Reject the selected proposals with a reason the attendees see</source>
        <translation>Rechazar las propuestas seleccionadas con un motivo que ven los asistentes</translation>
    </message>
    <message>
        <source>Finished Apply tasks propose a level change. Select one or several, then accept them (undoable) or reject them with a reason.</source>
        <translation>Las tareas de aplicación terminadas proponen un cambio de nivel. Seleccione una o varias y acéptelas (se puede deshacer) o recháctelas con un motivo.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Accept %n</source>
        <translation>
            <numerusform>Aceptar %n</numerusform>
            <numerusform>Aceptar %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reject %n…</source>
        <translation>
            <numerusform>Rechazar %n…</numerusform>
            <numerusform>Rechazar %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n level proposal(s) for %1: recorded as the lead&apos;s assessment.</source>
        <translation>
            <numerusform>Aceptada %n propuesta de nivel para %1: registrada como evaluación del responsable.</numerusform>
            <numerusform>Aceptadas %n propuestas de nivel para %1: registradas como evaluaciones del responsable.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected %n level proposal(s).</source>
        <translation>
            <numerusform>Rechazada %n propuesta de nivel.</numerusform>
            <numerusform>Rechazadas %n propuestas de nivel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1&apos;s Apply task.</source>
        <translation>Guardada la tarea de aplicación de %1.</translation>
    </message>
    <message>
        <source>Deleted “%1”; undo brings it back.</source>
        <translation>«%1» eliminada; deshacer la recupera.</translation>
    </message>
    <message>
        <source>%1 ◷  %2  (%3)</source>
        <comment>start on your clock, title, start on the session&apos;s</comment>
        <translation>%1 ◷  %2  (%3)</translation>
    </message>
    <message>
        <source>%1 in the session&apos;s zone; times here are in yours, %2.</source>
        <translation>%1 en la zona de la sesión; aquí las horas están en la suya, %2.</translation>
    </message>
    <message>
        <source>Times are in your zone, %1. ◷ marks a session planned in another.</source>
        <translation>Las horas están en su zona, %1. ◷ marca una sesión planificada en otra.</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>The zone the session is planned in; its start is on this zone&apos;s clock. New sessions get the workspace&apos;s zone, %1.</source>
        <translation>La zona en la que se planifica la sesión; su inicio va según el reloj de esta zona. Las sesiones nuevas reciben la zona del espacio de trabajo, %1.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows; choose one from the list, such as Europe/Berlin.</source>
        <translation>«%1» no es una zona horaria que conozca este sistema; elija una de la lista, como Europe/Madrid.</translation>
    </message>
    <message>
        <source>That is %1 in your zone, %2.</source>
        <translation>Eso son las %1 en su zona, %2.</translation>
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
        <translation>Independiente</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Docente</translation>
    </message>
    <message>
        <source>Skills by category</source>
        <translation>Habilidades por categoría</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Eliminar lo seleccionado</translation>
    </message>
    <message>
        <source>No skills yet. Add a category such as &quot;Kubernetes&quot;, then the skills in it, or import them with coectl import skills.</source>
        <translation>Aún no hay habilidades. Añada una categoría como «Kubernetes» y luego sus habilidades, o impórtelas con coectl import skills.</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Añadir categoría</translation>
    </message>
    <message>
        <source>Add skill</source>
        <translation>Añadir habilidad</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Proficiency scale</source>
        <translation>Escala de dominio</translation>
    </message>
    <message>
        <source>Levels run from 0 upwards. Readiness counts people at the Independent level or above, and Teachers separately.</source>
        <translation>Los niveles van de 0 hacia arriba. La preparación cuenta a las personas en el nivel Independiente o superior, y a los Docentes por separado.</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Añadir nivel</translation>
    </message>
    <message>
        <source>Remove last level</source>
        <translation>Quitar el último nivel</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Color…</translation>
    </message>
    <message>
        <source>Default scale</source>
        <translation>Escala predeterminada</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>Colour of level %1</source>
        <translation>Color del nivel %1</translation>
    </message>
    <message>
        <source>Scale saved.</source>
        <translation>Escala guardada.</translation>
    </message>
    <message>
        <source>Category name:</source>
        <translation>Nombre de la categoría:</translation>
    </message>
    <message>
        <source>Select the category the new skill belongs to.</source>
        <translation>Seleccione la categoría a la que pertenece la nueva habilidad.</translation>
    </message>
    <message>
        <source>Skill name:</source>
        <translation>Nombre de la habilidad:</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n skill(s) or categories</source>
        <translation>
            <numerusform>Eliminar %n habilidad o categoría</numerusform>
            <numerusform>Eliminar %n habilidades o categorías</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted, with their assessments and targets. Undo brings them back.</source>
        <translation>Eliminadas, con sus evaluaciones y objetivos. Deshacer las recupera.</translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitItemDialog</name>
    <message>
        <source>Edit “%1”</source>
        <translation>Editar «%1»</translation>
    </message>
    <message>
        <source>New summit item</source>
        <translation>Nuevo elemento de la cumbre</translation>
    </message>
    <message>
        <source>What the programme calls it</source>
        <translation>Cómo lo llama el programa</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>Sin track</translation>
    </message>
    <message>
        <source>T&amp;rack:</source>
        <translation>T&amp;rack:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>Expected &amp;audience:</source>
        <translation>&amp;Público previsto:</translation>
    </message>
    <message>
        <source>e.g. projector, workstations</source>
        <translation>p. ej. proyector, puestos de trabajo</translation>
    </message>
    <message>
        <source>&amp;Equipment needed:</source>
        <translation>&amp;Equipamiento necesario:</translation>
    </message>
    <message>
        <source>Type a name and press Enter</source>
        <translation>Escriba un nombre y pulse Intro</translation>
    </message>
    <message>
        <source>&amp;Speakers:</source>
        <translation>Po&amp;nentes:</translation>
    </message>
    <message>
        <source>Printed in the track lists and calendar entries</source>
        <translation>Se imprime en las listas por track y en las entradas del calendario</translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <source>S&amp;kills taught:</source>
        <translation>&amp;Habilidades que se enseñan:</translation>
    </message>
    <message>
        <source>Type a skill and press Enter</source>
        <translation>Escriba una habilidad y pulse Intro</translation>
    </message>
    <message>
        <source>Not scheduled (in the pool)</source>
        <translation>Sin programar (en la reserva)</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Día %1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2 seats)</source>
        <translation>%1 (%2 plazas)</translation>
    </message>
    <message numerus="yes">
        <source>In %n room(s) at once: a new day or start moves them all.</source>
        <translation>
            <numerusform>En %n sala a la vez: un nuevo día o inicio las mueve todas.</numerusform>
            <numerusform>En %n salas a la vez: un nuevo día o inicio las mueve todas.</numerusform>
        </translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>&amp;Where and when:</source>
        <translation>Dónde y &amp;cuándo:</translation>
    </message>
    <message>
        <source>Give the item a title.</source>
        <translation>Dé un título al elemento.</translation>
    </message>
    <message>
        <source>The summit has no rooms yet: add them in Summit ▸ Settings.</source>
        <translation>La cumbre aún no tiene salas: añádalas en Cumbre ▸ Configuración.</translation>
    </message>
    <message>
        <source>The venue opens at %1: start at %1 or later.</source>
        <translation>La sede abre a las %1: empiece a las %1 o más tarde.</translation>
    </message>
    <message>
        <source>%1 + %2 min ends at %3, after the venue closes at %4.</source>
        <translation>%1 + %2 min termina a las %3, después de que cierre la sede a las %4.</translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitSettingsDialog</name>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Summit settings — %1</source>
        <translation>Configuración de la cumbre — %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Días:</translation>
    </message>
    <message>
        <source>Venue &amp;hours:</source>
        <translation>&amp;Horario de la sede:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Warn when a speaker has less time than this between items in different rooms.</source>
        <translation>Avisar cuando un ponente tenga menos tiempo que este entre elementos en salas distintas.</translation>
    </message>
    <message>
        <source>Speaker &amp;gap:</source>
        <translation>&amp;Margen del ponente:</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Plazas</translation>
    </message>
    <message>
        <source>Equipment (comma-separated)</source>
        <translation>Equipamiento (separado por comas)</translation>
    </message>
    <message>
        <source>Room %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salas</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Track</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Track %1</source>
        <translation>Track %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Tracks</translation>
    </message>
    <message>
        <source>Track colour</source>
        <translation>Color del track</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Speaker availability</source>
        <translation>Disponibilidad de los ponentes</translation>
    </message>
    <message>
        <source>Double-click to choose the colour</source>
        <translation>Doble clic para elegir el color</translation>
    </message>
    <message>
        <source>A person&apos;s name, as in People &amp; teams</source>
        <translation>El nombre de una persona, como en Personas y equipos</translation>
    </message>
    <message>
        <source>Give the summit a name.</source>
        <translation>Dé un nombre a la cumbre.</translation>
    </message>
    <message>
        <source>The summit ends before it starts.</source>
        <translation>La cumbre termina antes de empezar.</translation>
    </message>
    <message>
        <source>The venue closes before it opens.</source>
        <translation>La sede cierra antes de abrir.</translation>
    </message>
    <message>
        <source>Room %1 has no name.</source>
        <translation>La sala %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>Two rooms are called “%1”.</source>
        <translation>Dos salas se llaman «%1».</translation>
    </message>
    <message>
        <source>Room “%1”: seats must be a whole number (0 if not known).</source>
        <translation>Sala «%1»: las plazas deben ser un número entero (0 si no se sabe).</translation>
    </message>
    <message>
        <source>Track %1 has no name.</source>
        <translation>El track %1 no tiene nombre.</translation>
    </message>
    <message>
        <source>Two tracks are called “%1”.</source>
        <translation>Dos tracks se llaman «%1».</translation>
    </message>
    <message>
        <source>Availability row %1: nobody is called “%2”.</source>
        <translation>Fila de disponibilidad %1: nadie se llama «%2».</translation>
    </message>
    <message>
        <source>Availability row %1: the day is YYYY-MM-DD, not “%2”.</source>
        <translation>Fila de disponibilidad %1: el día es AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>Availability row %1: give a time range such as 09:00 to 12:30.</source>
        <translation>Fila de disponibilidad %1: indique un intervalo horario como 09:00 a 12:30.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this system knows (e.g. Europe/Berlin, America/New_York, UTC, UTC+01:00).</source>
        <translation>«%1» no es una zona horaria que conozca este sistema (p. ej. Europe/Madrid, America/New_York, UTC, UTC+01:00).</translation>
    </message>
</context>
<context>
    <name>coe::ui::SummitView</name>
    <message>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Track lists</source>
        <translation>Listas por track</translation>
    </message>
    <message>
        <source>Room signs</source>
        <translation>Carteles de sala</translation>
    </message>
    <message>
        <source>Speakers&apos; run sheets</source>
        <translation>Hojas de ruta de ponentes</translation>
    </message>
    <message>
        <source>Changes since the last release</source>
        <translation>Cambios desde la última publicación</translation>
    </message>
    <message>
        <source>Show one room only</source>
        <translation>Mostrar solo una sala</translation>
    </message>
    <message>
        <source>Highlight one track; the others fade</source>
        <translation>Resaltar un track; los demás se atenúan</translation>
    </message>
    <message>
        <source>Snap %1 min</source>
        <translation>Ajustar a %1 min</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Alejar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Acercar (Ctrl+rueda)</translation>
    </message>
    <message>
        <source>Summit</source>
        <translation>Cumbre</translation>
    </message>
    <message>
        <source>New summit…</source>
        <translation>Nueva cumbre…</translation>
    </message>
    <message>
        <source>Settings: days, rooms, tracks, availability…</source>
        <translation>Configuración: días, salas, tracks, disponibilidad…</translation>
    </message>
    <message>
        <source>Suggest programme…</source>
        <translation>Proponer programa…</translation>
    </message>
    <message>
        <source>Release schedule…</source>
        <translation>Publicar programa…</translation>
    </message>
    <message>
        <source>Changes since the last release…</source>
        <translation>Cambios desde la última publicación…</translation>
    </message>
    <message>
        <source>Export calendar (iCalendar)…</source>
        <translation>Exportar calendario (iCalendar)…</translation>
    </message>
    <message>
        <source>Export schedule (frab XML or JSON)…</source>
        <translation>Exportar programa (frab XML o JSON)…</translation>
    </message>
    <message>
        <source>Import schedule…</source>
        <translation>Importar programa…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>Export %1 as PDF…</source>
        <translation>Exportar %1 como PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unscheduled&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sin programar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Drag an item onto the timetable to schedule it.</source>
        <translation>Arrastre un elemento al horario para programarlo.</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>Nuevo elemento…</translation>
    </message>
    <message>
        <source>Show acknowledged</source>
        <translation>Mostrar revisados</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Dar por revisado…</translation>
    </message>
    <message>
        <source>Mark the selected warning as fine, with a note, so it stops nagging</source>
        <translation>Marcar el aviso seleccionado como correcto, con una nota, para que deje de insistir</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No summit yet&lt;/h2&gt;&lt;p&gt;Plan an internal conference: rooms, tracks, a timetable that warns about every clash, and printed agendas.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;new&apos;&gt;New summit…&lt;/a&gt; &amp;nbsp; or &amp;nbsp; &lt;a href=&apos;import&apos;&gt;import a schedule&lt;/a&gt; (frab XML or JSON, as pretalx exports it).&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Aún no hay ninguna cumbre&lt;/h2&gt;&lt;p&gt;Planifique un congreso interno: salas, tracks, un horario que avisa de cada conflicto y programas impresos.&lt;/p&gt;&lt;p&gt;&lt;a href=&apos;new&apos;&gt;Nueva cumbre…&lt;/a&gt; &amp;nbsp; o &amp;nbsp; &lt;a href=&apos;import&apos;&gt;importar un programa&lt;/a&gt; (frab XML o JSON, como lo exporta pretalx).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Added to %n more room(s).</source>
        <translation>
            <numerusform>Añadido a %n sala más.</numerusform>
            <numerusform>Añadido a %n salas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>CoE Studio</source>
        <translation>CoE Studio</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>Todas las salas</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>Todos los tracks</translation>
    </message>
    <message>
        <source>Day %1 · %2</source>
        <translation>Día %1 · %2</translation>
    </message>
    <message>
        <source>Everything is scheduled. New items land here first.</source>
        <translation>Todo está programado. Los elementos nuevos aparecen aquí primero.</translation>
    </message>
    <message>
        <source>Drag an item onto the timetable to schedule it; double-click to edit.</source>
        <translation>Arrastre un elemento al horario para programarlo; doble clic para editarlo.</translation>
    </message>
    <message>
        <source>%1
Acknowledged: %2</source>
        <translation>%1
Revisado: %2</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <source>&lt;b&gt;No warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sin avisos&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n warning(s)&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n aviso&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n avisos&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge warning</source>
        <translation>Dar por revisado el aviso</translation>
    </message>
    <message>
        <source>%1

Why is this fine?</source>
        <translation>%1

¿Por qué es correcto?</translation>
    </message>
    <message>
        <source>Acknowledged: it will not be counted again.</source>
        <translation>Revisado: no se volverá a contar.</translation>
    </message>
    <message>
        <source>New summit</source>
        <translation>Nueva cumbre</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>CoE Summit %1</source>
        <translation>Cumbre CoE %1</translation>
    </message>
    <message>
        <source>Release version %1 of “%2”? Printed agendas will name it.</source>
        <translation>¿Publicar la versión %1 de «%2»? Los programas impresos la mencionarán.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since version %1.</source>
        <translation>
            <numerusform>%n cambio desde la versión %1.</numerusform>
            <numerusform>%n cambios desde la versión %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) are still open.</source>
        <translation>
            <numerusform>%n aviso sigue abierto.</numerusform>
            <numerusform>%n avisos siguen abiertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Release schedule</source>
        <translation>Publicar programa</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Released version %1.</source>
        <translation>Versión %1 publicada.</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>“%1” has not been released yet: release it first, then changes are listed against it.</source>
        <translation>«%1» aún no se ha publicado: publíquela primero y luego se listarán los cambios respecto a esa versión.</translation>
    </message>
    <message>
        <source>Add suggested tracks</source>
        <translation>Añadir los tracks propuestos</translation>
    </message>
    <message numerus="yes">
        <source>Added %n track(s).</source>
        <translation>
            <numerusform>Añadido %n track.</numerusform>
            <numerusform>Añadidos %n tracks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>Imprimir %1</translation>
    </message>
    <message>
        <source>version %1 → now</source>
        <translation>versión %1 → ahora</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportar %1</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>Escrito %1 (%n página).</numerusform>
            <numerusform>Escrito %1 (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Escrito %1.</translation>
    </message>
    <message>
        <source>Export schedule</source>
        <translation>Exportar programa</translation>
    </message>
    <message>
        <source>frab XML (*.xml);;frab JSON (*.json)</source>
        <translation>frab XML (*.xml);;frab JSON (*.json)</translation>
    </message>
    <message>
        <source>Import schedule</source>
        <translation>Importar programa</translation>
    </message>
    <message>
        <source>frab schedule (*.xml *.json);;All files (*)</source>
        <translation>Programa frab (*.xml *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 events in %3 rooms.</source>
        <translation>Importado «%1»: %2 eventos en %3 salas.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) needed fixing; see the details.</source>
        <translation>
            <numerusform>%n evento necesitó correcciones; vea los detalles.</numerusform>
            <numerusform>%n eventos necesitaron correcciones; vea los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported, with these fixes:
%1</source>
        <translation>Importado, con estas correcciones:
%1</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Editar elemento…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Eliminar elemento</translation>
    </message>
    <message>
        <source>Delete “%1” from the summit? Undo brings it back.</source>
        <translation>¿Eliminar «%1» de la cumbre? Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Scheduled “%1” in %2, %3–%4.</source>
        <translation>«%1» programado en %2, %3–%4.</translation>
    </message>
    <message>
        <source>Unscheduled “%1”: it is back in the pool.</source>
        <translation>«%1» desprogramado: vuelve a estar en la reserva.</translation>
    </message>
    <message>
        <source>Saved the settings of “%1”.</source>
        <translation>Guardada la configuración de «%1».</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» guardado.</translation>
    </message>
    <message>
        <source>Saved “%1”; it is back in the pool.</source>
        <translation>«%1» guardado; vuelve a estar en la reserva.</translation>
    </message>
    <message>
        <source>Saved “%1”, in %2 on %3 at %4.</source>
        <translation>«%1» guardado, en %2 el %3 a las %4.</translation>
    </message>
    <message>
        <source>Deleted “%1”; undo brings it back.</source>
        <translation>«%1» eliminado; deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Added “%1” in %2 at %3.</source>
        <translation>«%1» añadido en %2 a las %3.</translation>
    </message>
    <message>
        <source>Added to the unscheduled pool: drag it onto the timetable, or give it a day, room and start.</source>
        <translation>Añadido a la reserva sin programar: arrástrelo al horario o dele un día, una sala y una hora de inicio.</translation>
    </message>
    <message>
        <source>%1 (yours: %2)</source>
        <translation>%1 (la suya: %2)</translation>
    </message>
    <message>
        <source>The timetable shows the venue&apos;s time, %1, which is also yours.</source>
        <translation>El horario muestra la hora de la sede, %1, que es también la suya.</translation>
    </message>
    <message>
        <source>The timetable shows the venue&apos;s time, %1; your zone is %2.</source>
        <translation>El horario muestra la hora de la sede, %1; su zona es %2.</translation>
    </message>
</context>
<context>
    <name>coe::ui::TeamCard</name>
    <message>
        <source>Show %1&apos;s charts</source>
        <translation>Mostrar los gráficos de %1</translation>
    </message>
    <message>
        <source>%1, readiness %2</source>
        <translation>%1, preparación %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>Forecast %1 at roll-off on %2</source>
        <translation>Previsión %1 a la salida el %2</translation>
    </message>
    <message>
        <source>Single points of failure: %1</source>
        <translation>Puntos únicos de fallo: %1</translation>
    </message>
    <message>
        <source>Consultant-dependent: %1</source>
        <translation>Dependiente de consultores: %1</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Próximas acciones</translation>
    </message>
    <message>
        <source>No skill requirements or capabilities yet: readiness needs one or the other.</source>
        <translation>Aún no hay requisitos de habilidades ni capacidades: la preparación necesita unos u otras.</translation>
    </message>
    <message>
        <source>coverage %1 · teachers %2 · hand-over %3</source>
        <translation>cobertura %1 · docentes %2 · traspaso %3</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 meses</translation>
    </message>
    <message>
        <source>No forecast: no engagement with a roll-off date for this team.</source>
        <translation>Sin previsión: ninguna colaboración con fecha de salida para este equipo.</translation>
    </message>
    <message>
        <source>Hand-over –: no capabilities yet; add them to an engagement for this team.</source>
        <translation>Traspaso –: aún no hay capacidades; añádalas a una colaboración para este equipo.</translation>
    </message>
    <message>
        <source>Coverage –: no skill requirements yet; set them in People &amp; teams.</source>
        <translation>Cobertura –: aún no hay requisitos de habilidades; fíjelos en Personas y equipos.</translation>
    </message>
</context>
<context>
    <name>coe::ui::TimetableWidget</name>
    <message>
        <source>%1 seats</source>
        <translation>%1 plazas</translation>
    </message>
    <message>
        <source>This summit has no rooms yet. Add them in Summit ▸ Settings.</source>
        <translation>Esta cumbre aún no tiene salas. Añádalas en Cumbre ▸ Configuración.</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Editar elemento…</translation>
    </message>
    <message>
        <source>Copy to all rooms</source>
        <translation>Copiar a todas las salas</translation>
    </message>
    <message>
        <source>Breaks and plenaries can take place in every room at once.</source>
        <translation>Las pausas y las plenarias pueden tener lugar en todas las salas a la vez.</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Desprogramar</translation>
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
%n asistente</numerusform>
            <numerusform>%1, %2–%3
%4
%n asistentes</numerusform>
        </translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 más</translation>
    </message>
</context>
<context>
    <name>coe::ui::WelcomeView</name>
    <message>
        <source>Welcome to CoE Studio</source>
        <translation>Bienvenido a CoE Studio</translation>
    </message>
    <message>
        <source>&lt;p&gt;Keep your Center of Excellence&apos;s skill matrices, plan how knowledge moves from the experts to your staff &amp;mdash; shadow, coach, mentor &amp;mdash; plan CoE Summits and print their agendas, and chart how ready each team is to run its platform on its own.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mantenga las matrices de habilidades de su Centro de Excelencia, planifique cómo pasa el conocimiento de los expertos a su personal &amp;mdash; observar, acompañar, tutelar &amp;mdash;, planifique cumbres CoE e imprima sus programas, y represente en gráficos lo preparado que está cada equipo para gestionar su plataforma por sí mismo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Create demo workspace</source>
        <translation>Crear espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Explore a sample CoE: teams, skills, history and a summit.</source>
        <translation>Explore un CoE de ejemplo: equipos, habilidades, historial y una cumbre.</translation>
    </message>
    <message>
        <source>New empty workspace…</source>
        <translation>Nuevo espacio de trabajo vacío…</translation>
    </message>
    <message>
        <source>Start your own: a .coe file with the default proficiency scale.</source>
        <translation>Empiece el suyo: un archivo .coe con la escala de dominio predeterminada.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open a .coe workspace file.</source>
        <translation>Abra un archivo de espacio de trabajo .coe.</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>Espacios de trabajo recientes</translation>
    </message>
</context>
<context>
    <name>coe::ui::WorkspaceSettingsDialog</name>
    <message>
        <source>Workspace Settings</source>
        <translation>Configuración del espacio de trabajo</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Sessions that name no zone of their own are in this zone. Changing it keeps their wall-clock times, which are then read in the new zone.</source>
        <translation>Las sesiones que no indican una zona propia están en esta zona. Al cambiarla se conservan sus horas de reloj, que pasan a leerse en la zona nueva.</translation>
    </message>
    <message>
        <source>Readiness index</source>
        <translation>Índice de preparación</translation>
    </message>
    <message>
        <source>&amp;Coverage of required skills:</source>
        <translation>&amp;Cobertura de las habilidades requeridas:</translation>
    </message>
    <message>
        <source>T&amp;eachers where required:</source>
        <translation>&amp;Docentes donde se requieren:</translation>
    </message>
    <message>
        <source>Capability &amp;hand-over:</source>
        <translation>&amp;Traspaso de capacidades:</translation>
    </message>
    <message>
        <source>Together:</source>
        <translation>En total:</translation>
    </message>
    <message>
        <source>How much each part counts in every team&apos;s readiness index. A part a team has nothing to count in drops out, and the others are scaled to make up 100 %.</source>
        <translation>Cuánto cuenta cada parte en el índice de preparación de cada equipo. Una parte en la que un equipo no tiene nada que contar se excluye, y las demás se escalan hasta sumar 100 %.</translation>
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation>Usar los valores &amp;predeterminados</translation>
    </message>
    <message>
        <source>The readiness weights add up to %1 %; they must add up to 100 %.</source>
        <translation>Los pesos de la preparación suman %1 %; deben sumar 100 %.</translation>
    </message>
    <message>
        <source>It is %1 there now (%2).</source>
        <translation>Allí son ahora las %1 (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CoE Studio: skill matrices, knowledge transfer, summits and team readiness.</source>
        <translation>CoE Studio: matrices de habilidades, transferencia de conocimiento, cumbres y preparación de los equipos.</translation>
    </message>
    <message>
        <source>Render the main window offscreen to FILE and exit.</source>
        <translation>Representar la ventana principal fuera de pantalla en FILE y salir.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1400x900).</source>
        <translation>Tamaño de la ventana para --screenshot (predeterminado: 1400x900).</translation>
    </message>
    <message>
        <source>Show the window, grab it from the screen into FILE and exit (for Xvfb).</source>
        <translation>Mostrar la ventana, capturarla de la pantalla en FILE y salir (para Xvfb).</translation>
    </message>
    <message>
        <source>Use the language CODE (de, es, fr or en) instead of the system&apos;s.</source>
        <translation>Usar el idioma CODE (de, es, fr o en) en lugar del del sistema.</translation>
    </message>
    <message>
        <source>A .coe file or a postgresql:// URL to open (default: the last one).</source>
        <translation>Un archivo .coe o una URL postgresql:// que abrir (predeterminado: el último).</translation>
    </message>
    <message>
        <source>Views (for --view NAME):</source>
        <translation>Vistas (para --view NAME):</translation>
    </message>
    <message>
        <source>Show the view NAME (see Views above) once a workspace is open.</source>
        <translation>Mostrar la vista NAME (vea Vistas arriba) una vez abierto un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Use the theme NAME (system, light or dark) instead of the one chosen in Preferences.</source>
        <translation>Usar el tema NAME (system, light o dark) en lugar del elegido en Preferencias.</translation>
    </message>
</context>
</TS>
