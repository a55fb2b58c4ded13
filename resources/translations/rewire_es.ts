<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/main_window.py" line="44"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="45"/>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="46"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="42"/>
        <source>{0}:{1:02d} min</source>
        <translation>{0}:{1:02d} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="44"/>
        <source>At your own pace</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="53"/>
        <source>{0} breaths a minute</source>
        <translation>{0} respiraciones por minuto</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="54"/>
        <source>{0} · {1:g} min</source>
        <translation>{0} · {1:g} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="56"/>
        <source>1 to 180 min, or open-ended</source>
        <translation>De 1 a 180 min, o sin final</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="57"/>
        <source>{0:g} min</source>
        <translation>{0:g} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="107"/>
        <location filename="../../app/ui/practice/player.py" line="108"/>
        <source>Full window</source>
        <translation>Ventana completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="109"/>
        <location filename="../../app/ui/practice/player.py" line="110"/>
        <source>Hide everything but the practice (F)</source>
        <translation>Ocultar todo menos la práctica (F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="125"/>
        <source>Breath phase</source>
        <translation>Fase de la respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="137"/>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="146"/>
        <source>Begin now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="146"/>
        <source>Skip the rest of the countdown</source>
        <translation>Saltar el resto de la cuenta atrás</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="148"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="148"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o seguir (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="151"/>
        <source>Breathed out</source>
        <translation>Exhalé</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="151"/>
        <source>Count one out-breath (Space)</source>
        <translation>Contar una exhalación (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="155"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="155"/>
        <source>End the session (Esc)</source>
        <translation>Terminar la sesión (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="77"/>
        <source>How do you feel now?</source>
        <translation>¿Cómo te sientes ahora?</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="82"/>
        <location filename="../../app/ui/practice/mood.py" line="84"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="85"/>
        <location filename="../../app/ui/practice/setup.py" line="160"/>
        <source>Back to the practices</source>
        <translation>Volver a las prácticas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="57"/>
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="60"/>
        <source>Starting in</source>
        <translation>Empieza en</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="62"/>
        <source>Settle in. Let your shoulders drop.</source>
        <translation>Acomódate. Deja caer los hombros.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="67"/>
        <location filename="../../app/ui/practice/display.py" line="71"/>
        <location filename="../../app/ui/practice/display.py" line="90"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="68"/>
        <source>Breath {0} of {1}</source>
        <translation>Respiración {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="72"/>
        <source>Breath {0} of {1} · {2} left</source>
        <translation>Respiración {0} de {1} · quedan {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="77"/>
        <source>breaths</source>
        <translation>respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="79"/>
        <source>{0} left</source>
        <translation>quedan {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="80"/>
        <source>{0} so far</source>
        <translation>{0} hasta ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="82"/>
        <source>Breathe naturally. Press Space each time you breathe out.</source>
        <translation>Respira con naturalidad. Pulsa Espacio cada vez que exhales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="84"/>
        <source>so far</source>
        <translation>hasta ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="88"/>
        <source>Listening to your recording “{0}”.</source>
        <translation>Escuchando tu grabación «{0}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="106"/>
        <source>Well done. You practised for {0}.</source>
        <translation>Muy bien. Practicaste {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="108"/>
        <source>Stopped before the start. Come back whenever you like.</source>
        <translation>Detenida antes de empezar. Vuelve cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="110"/>
        <source>Session ended. You practised for {0}, and that counts.</source>
        <translation>Sesión terminada. Practicaste {0}, y eso cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="112"/>
        <source>You counted {0} breaths.</source>
        <translation>Contaste {0} respiraciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="67"/>
        <location filename="../../app/ui/practice/display.py" line="86"/>
        <source>remaining</source>
        <translation>restante</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="93"/>
        <source>Next bell in {0}</source>
        <translation>Próxima campana en {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="96"/>
        <source>practised</source>
        <translation>practicado</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="84"/>
        <location filename="../../app/ui/practice/setup.py" line="99"/>
        <location filename="../../app/ui/practice/setup.py" line="105"/>
        <location filename="../../app/ui/practice/setup.py" line="106"/>
        <location filename="../../app/ui/settings_sections/practice.py" line="23"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="84"/>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="85"/>
        <source>Open-ended (count up)</source>
        <translation>Sin final (cuenta hacia arriba)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="86"/>
        <location filename="../../app/ui/practice/setup.py" line="114"/>
        <source>Run for</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="86"/>
        <source>A number of minutes</source>
        <translation>Un número de minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="87"/>
        <source>A number of breaths</source>
        <translation>Un número de respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="88"/>
        <source> breaths</source>
        <translation> respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="88"/>
        <source>Number of breaths</source>
        <translation>Número de respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="89"/>
        <location filename="../../app/ui/practice/setup.py" line="90"/>
        <location filename="../../app/ui/practice/setup.py" line="91"/>
        <location filename="../../app/ui/practice/setup.py" line="92"/>
        <location filename="../../app/ui/practice/setup.py" line="93"/>
        <location filename="../../app/ui/settings_sections/practice.py" line="31"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="89"/>
        <location filename="../../app/ui/practice/setup.py" line="115"/>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="90"/>
        <source>Hold after in</source>
        <translation>Sostén tras inhalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="91"/>
        <location filename="../../app/ui/practice/setup.py" line="116"/>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="92"/>
        <source>Hold after out</source>
        <translation>Sostén tras exhalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="93"/>
        <location filename="../../app/ui/practice/setup.py" line="117"/>
        <location filename="../../app/ui/settings_sections/practice.py" line="32"/>
        <location filename="../../app/ui/settings_sections/practice.py" line="35"/>
        <source>Time to settle</source>
        <translation>Tiempo para asentarte</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="94"/>
        <source>Bell at the start</source>
        <translation>Campana al empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="95"/>
        <source>Bell at the end</source>
        <translation>Campana al terminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="96"/>
        <source>Bells during the practice</source>
        <translation>Campanas durante la práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="97"/>
        <location filename="../../app/ui/practice/setup.py" line="108"/>
        <location filename="../../app/ui/settings_sections/journal.py" line="45"/>
        <location filename="../../app/ui/settings_sections/sound.py" line="95"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="97"/>
        <source>Every few minutes</source>
        <translation>Cada pocos minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="98"/>
        <source>At moments I choose</source>
        <translation>En momentos que elijo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="98"/>
        <source>At random moments</source>
        <translation>En momentos al azar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="99"/>
        <source>Bell every</source>
        <translation>Campana cada</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="101"/>
        <source>for example 2:00, 7:30, 12:00</source>
        <translation>por ejemplo 2:00, 7:30, 12:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="102"/>
        <source>Bell moments</source>
        <translation>Momentos de campana</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="103"/>
        <source>Minutes and seconds after the start</source>
        <translation>Minutos y segundos desde el inicio</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="104"/>
        <source>How many random bells</source>
        <translation>Cuántas campanas al azar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="105"/>
        <location filename="../../app/ui/practice/setup.py" line="120"/>
        <source>Not before</source>
        <translation>No antes de</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="106"/>
        <location filename="../../app/ui/practice/setup.py" line="120"/>
        <source>Not after</source>
        <translation>No después de</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="107"/>
        <location filename="../../app/ui/practice/setup.py" line="121"/>
        <location filename="../../app/ui/settings_sections/sound.py" line="79"/>
        <location filename="../../app/ui/settings_sections/sound.py" line="89"/>
        <source>Bell</source>
        <translation>Campana</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="108"/>
        <source>Background sound</source>
        <translation>Sonido de fondo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="110"/>
        <location filename="../../app/ui/settings_sections/practice.py" line="43"/>
        <source>Tick on each breath</source>
        <translation>Tic en cada respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="112"/>
        <source>Read the cues aloud</source>
        <translation>Leer las indicaciones en voz alta</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="114"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="115"/>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="116"/>
        <source>Hold</source>
        <translation>Sostén</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="117"/>
        <source>Hold after</source>
        <translation>Sostén después</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="118"/>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="118"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="119"/>
        <source>At</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="119"/>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="121"/>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="130"/>
        <source>Before you start: how do you feel right now? (optional)</source>
        <translation>Antes de empezar: ¿cómo te sientes ahora mismo? (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="135"/>
        <source>Your presets</source>
        <translation>Tus ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="138"/>
        <source>Name this setup</source>
        <translation>Nombra esta configuración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="139"/>
        <source>Preset name</source>
        <translation>Nombre del ajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="140"/>
        <source>A name to save these choices under</source>
        <translation>Un nombre para guardar estas opciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="141"/>
        <location filename="../../app/ui/practice/setup.py" line="142"/>
        <source>Save preset</source>
        <translation>Guardar ajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="143"/>
        <source>Keep these choices under the name</source>
        <translation>Guardar estas opciones con el nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="145"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="146"/>
        <source>Delete preset</source>
        <translation>Eliminar el ajuste guardado</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="147"/>
        <source>Forget the chosen preset</source>
        <translation>Olvidar el ajuste guardado elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="149"/>
        <source>Presets</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="159"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="161"/>
        <source>Choose another practice</source>
        <translation>Elegir otra práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="163"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="165"/>
        <source>Start the practice</source>
        <translation>Empezar la práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="166"/>
        <source>Begin with the time to settle</source>
        <translation>Empieza con el tiempo para asentarte</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="84"/>
        <source>← All readings</source>
        <translation>← Todas las lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="85"/>
        <source>Back to all readings</source>
        <translation>Volver a todas las lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="86"/>
        <source>Back to the library (Alt+Left)</source>
        <translation>Volver a la biblioteca (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="92"/>
        <source>Reading status</source>
        <translation>Estado de la lectura</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="94"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="95"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="96"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="99"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="100"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="101"/>
        <source>Larger text (Ctrl++)</source>
        <translation>Texto más grande (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="104"/>
        <location filename="../../app/ui/readings/article_view.py" line="106"/>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="107"/>
        <source>Marks this reading as read in the library; press again to mark it unread</source>
        <translation>Marca esta lectura como leída en la biblioteca; pulsa de nuevo para marcarla como no leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="114"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="22"/>
        <location filename="../../app/ui/settings_sections/general.py" line="27"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="23"/>
        <source>Light, dark, or follow the system</source>
        <translation>Claro, oscuro o el del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="25"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="25"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="25"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="30"/>
        <location filename="../../app/ui/settings_sections/general.py" line="36"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="31"/>
        <source>Make all text larger, up to twice the normal size</source>
        <translation>Agranda todo el texto, hasta el doble del tamaño normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="33"/>
        <source>Normal (100%)</source>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="33"/>
        <source>Larger (125%)</source>
        <translation>Más grande (125 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="33"/>
        <source>Large (150%)</source>
        <translation>Grande (150 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="34"/>
        <source>Very large (200%)</source>
        <translation>Muy grande (200 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="45"/>
        <source>No growing shapes or animations: breathing is shown as words and a bar.</source>
        <translation>Sin formas que crecen ni animaciones: la respiración se muestra con palabras y una barra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="111"/>
        <location filename="../../app/ui/settings_sections/general.py" line="38"/>
        <location filename="../../app/ui/settings_sections/general.py" line="39"/>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="41"/>
        <source>Show breathing as text and a bar instead of a moving shape</source>
        <translation>Mostrar la respiración como texto y una barra en lugar de una forma en movimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="25"/>
        <source> min a day</source>
        <translation> min al día</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="26"/>
        <location filename="../../app/ui/settings_sections/journal.py" line="30"/>
        <source>Daily goal</source>
        <translation>Meta diaria</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="27"/>
        <source>A day counts toward your streak when you practise at least this many minutes</source>
        <translation>Un día cuenta para tu racha cuando practicas al menos estos minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="33"/>
        <location filename="../../app/ui/settings_sections/journal.py" line="38"/>
        <source>A day starts at</source>
        <translation>El día empieza a las</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="35"/>
        <source>Night owls: sessions before this hour count for the day before</source>
        <translation>Para noctámbulos: las sesiones antes de esta hora cuentan para el día anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="37"/>
        <source>Midnight (00:00)</source>
        <translation>Medianoche (00:00)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="41"/>
        <location filename="../../app/ui/settings_sections/journal.py" line="47"/>
        <source>Rest days</source>
        <translation>Días de descanso</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="43"/>
        <source>Days off that keep a streak alive without adding to it, in any 7 days</source>
        <translation>Días libres que mantienen viva una racha sin sumarle, en cualquier período de 7 días</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="45"/>
        <source>1 in any 7 days</source>
        <translation>1 de cada 7 días</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="45"/>
        <source>2 in any 7 days</source>
        <translation>2 de cada 7 días</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="46"/>
        <source>3 in any 7 days</source>
        <translation>3 de cada 7 días</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="49"/>
        <source>Hide streak numbers</source>
        <translation>Ocultar los números de racha</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="50"/>
        <source>Hide streaks</source>
        <translation>Ocultar rachas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="52"/>
        <source>Show gentle consistency, such as 5 of the last 7 days, instead of streak numbers</source>
        <translation>Mostrar una constancia amable, como 5 de los últimos 7 días, en lugar de números de racha</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="55"/>
        <source>Show how many of the last 7 days you practised instead.</source>
        <translation>Mostrar en su lugar cuántos de los últimos 7 días practicaste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="59"/>
        <source>Changing these recalculates your figures from your sessions; your sessions themselves are never changed.</source>
        <translation>Al cambiar esto se recalculan tus cifras a partir de tus sesiones; las sesiones en sí nunca se modifican.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="24"/>
        <source>Default timer length</source>
        <translation>Duración habitual del temporizador</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="25"/>
        <source>How long the open timer runs unless you change it</source>
        <translation>Cuánto dura el temporizador libre si no lo cambias</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="27"/>
        <source>Timer length</source>
        <translation>Duración del temporizador</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="33"/>
        <source>A quiet countdown before each practice begins</source>
        <translation>Una cuenta atrás tranquila antes de empezar cada práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="38"/>
        <source>Ask how I feel</source>
        <translation>Preguntar cómo me siento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="39"/>
        <source>Before and after each practice: a five-step question you can always skip. The answers stay in your log on this computer.</source>
        <translation>Antes y después de cada práctica: una pregunta de cinco niveles que siempre puedes saltar. Las respuestas se quedan en tu diario, en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="41"/>
        <source>Keep the screen on</source>
        <translation>Mantener la pantalla encendida</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="42"/>
        <source>Asks the system not to dim or lock the screen while a practice runs.</source>
        <translation>Pide al sistema que no oscurezca ni bloquee la pantalla durante una práctica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="44"/>
        <source>Breathing practices play a quiet sound when you switch between in and out.</source>
        <translation>Las prácticas de respiración tocan un sonido suave al pasar de inhalar a exhalar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="45"/>
        <source>Start in full window</source>
        <translation>Empezar en ventana completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="46"/>
        <source>Hide everything but the practice; press F or Esc to come back.</source>
        <translation>Ocultar todo menos la práctica; pulsa F o Esc para volver.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/readings.py" line="21"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/readings.py" line="22"/>
        <location filename="../../app/ui/settings_sections/readings.py" line="34"/>
        <source>Reading text size</source>
        <translation>Tamaño del texto de lectura</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/readings.py" line="23"/>
        <source>The size of the text when you read an article</source>
        <translation>El tamaño del texto al leer un artículo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="55"/>
        <source>No sound device found. Practices still run with captions; bells and voices stay silent.</source>
        <translation>No se encontró ningún dispositivo de sonido. Las prácticas funcionan con subtítulos; las campanas y las voces quedan en silencio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="65"/>
        <source>Overall volume</source>
        <translation>Volumen general</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="65"/>
        <source>Everything Rewire plays</source>
        <translation>Todo lo que suena en Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="66"/>
        <source>Bell volume</source>
        <translation>Volumen de las campanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="66"/>
        <source>Bells and the soft breathing tick</source>
        <translation>Las campanas y el tic suave de la respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="67"/>
        <source>Soundscape volume</source>
        <translation>Volumen del paisaje sonoro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="67"/>
        <source>Rain, ocean and other backgrounds</source>
        <translation>Lluvia, mar y otros fondos</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="68"/>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="68"/>
        <source>Spoken guidance and recorded guides</source>
        <translation>Guía hablada y guías grabadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="80"/>
        <source>The bell that starts and ends a practice</source>
        <translation>La campana que abre y cierra una práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="82"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="83"/>
        <source>Listen to the bell</source>
        <translation>Escuchar la campana</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="84"/>
        <source>Plays the chosen bell once</source>
        <translation>Toca una vez la campana elegida</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="92"/>
        <location filename="../../app/ui/settings_sections/sound.py" line="96"/>
        <source>Soundscape</source>
        <translation>Paisaje sonoro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="93"/>
        <source>A quiet background during practice</source>
        <translation>Un fondo tranquilo durante la práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="98"/>
        <location filename="../../app/ui/settings_sections/sound.py" line="99"/>
        <source>Speak the guidance aloud</source>
        <translation>Leer la guía en voz alta</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="101"/>
        <source>Uses the computer&apos;s voice where a practice has no recording; captions are always shown</source>
        <translation>Usa la voz del equipo cuando una práctica no tiene grabación; los subtítulos siempre se muestran</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="106"/>
        <location filename="../../app/ui/settings_sections/sound.py" line="113"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="109"/>
        <source>System default</source>
        <translation>La del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="112"/>
        <source>No speech engine was found on this computer.</source>
        <translation>No se encontró ningún motor de voz en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="116"/>
        <location filename="../../app/ui/settings_sections/sound.py" line="120"/>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="117"/>
        <source>Slower to the left, faster to the right</source>
        <translation>Más lento a la izquierda, más rápido a la derecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="122"/>
        <source>Import a recording...</source>
        <translation>Importar una grabación...</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="124"/>
        <source>Add a guided meditation or a bell of your own: WAV, MP3, OGG, FLAC or M4A</source>
        <translation>Añade una meditación guiada o una campana propia: WAV, MP3, OGG, FLAC o M4A</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="126"/>
        <source>Your recordings</source>
        <translation>Tus grabaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="131"/>
        <source>Recording to remove</source>
        <translation>Grabación que quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="132"/>
        <source>One of the recordings in your library</source>
        <translation>Una de las grabaciones de tu biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="133"/>
        <source>Remove...</source>
        <translation>Quitar...</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="134"/>
        <source>Remove the chosen recording</source>
        <translation>Quitar la grabación elegida</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="136"/>
        <source>Takes it out of your library; the file you imported it from is not touched</source>
        <translation>La quita de tu biblioteca; el archivo del que la importaste no se toca</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="162"/>
        <source>Your recording: %s</source>
        <translation>Tu grabación: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="173"/>
        <source>In your library: %s.</source>
        <translation>En tu biblioteca: %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="175"/>
        <source>No recordings yet.</source>
        <translation>Todavía no hay grabaciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="68"/>
        <source>Rewire keeps everything on this computer. It never connects to the internet.</source>
        <translation>Rewire guarda todo en este equipo. Nunca se conecta a internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="78"/>
        <source>About Rewire</source>
        <translation>Acerca de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/dialogs.py" line="97"/>
        <source>If you are in crisis</source>
        <translation>Si estás en crisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/links.py" line="55"/>
        <source>Open a web page?</source>
        <translation>¿Abrir una página web?</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/links.py" line="56"/>
        <source>This link leaves Rewire and opens in your web browser:

{0}

Open it?</source>
        <translation>Este enlace sale de Rewire y se abre en tu navegador:

{0}

¿Abrirlo?</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="111"/>
        <source>&quot;{key}&quot; must be text</source>
        <translation>&quot;{key}&quot; debe ser texto</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="114"/>
        <source>&quot;{key}&quot; is missing</source>
        <translation>falta &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="116"/>
        <source>&quot;{key}&quot; is longer than {limit} characters</source>
        <translation>&quot;{key}&quot; tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="123"/>
        <source>{what} must be a date like &quot;2026-12-01&quot;</source>
        <translation>{what} debe ser una fecha como &quot;2026-12-01&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="127"/>
        <source>{what} &quot;{value}&quot; is not a date like &quot;2026-12-01&quot;</source>
        <translation>{what} &quot;{value}&quot; no es una fecha como &quot;2026-12-01&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="135"/>
        <source>item {n}: &quot;practice&quot; must name a practice</source>
        <translation>elemento {n}: &quot;practice&quot; debe nombrar una práctica</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="137"/>
        <source>item {n}: Rewire has no practice called &quot;{id}&quot;</source>
        <translation>elemento {n}: Rewire no tiene ninguna práctica llamada &quot;{id}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="140"/>
        <source>item {n}: &quot;minutes&quot; must be a whole number from 1 to 600</source>
        <translation>elemento {n}: &quot;minutes&quot; debe ser un número entero del 1 al 600</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="143"/>
        <source>item {n}: &quot;per&quot; must be &quot;day&quot; or &quot;week&quot;</source>
        <translation>elemento {n}: &quot;per&quot; debe ser &quot;day&quot; o &quot;week&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="145"/>
        <source>item {n}: more than 180 minutes a day is not a reasonable plan</source>
        <translation>elemento {n}: más de 180 minutos al día no es un plan razonable</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="152"/>
        <source>item {n}: &quot;read&quot; must name a reading</source>
        <translation>elemento {n}: &quot;read&quot; debe nombrar una lectura</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="154"/>
        <source>item {n}: Rewire has no reading called &quot;{id}&quot;</source>
        <translation>elemento {n}: Rewire no tiene ninguna lectura llamada &quot;{id}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="163"/>
        <source>it does not hold a plan (a JSON object)</source>
        <translation>no contiene un plan (un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="165"/>
        <source>it is not a Rewire plan (&quot;format&quot; must be &quot;{format}&quot;)</source>
        <translation>no es un plan de Rewire (&quot;format&quot; debe ser &quot;{format}&quot;)</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="168"/>
        <source>&quot;version&quot; must be a whole number</source>
        <translation>&quot;version&quot; debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="170"/>
        <source>it was made for a newer Rewire (plan version {version}); please update Rewire</source>
        <translation>se hizo para un Rewire más nuevo (versión de plan {version}); actualiza Rewire, por favor</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="178"/>
        <source>&quot;ends&quot; is before &quot;starts&quot;</source>
        <translation>&quot;ends&quot; es anterior a &quot;starts&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="180"/>
        <source>a plan can last at most {days} days</source>
        <translation>un plan puede durar como máximo {days} días</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="183"/>
        <source>&quot;items&quot; must be a list with at least one item</source>
        <translation>&quot;items&quot; debe ser una lista con al menos un elemento</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="185"/>
        <source>a plan can have at most {items} items</source>
        <translation>un plan puede tener como máximo {items} elementos</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="189"/>
        <source>item {n} is not an object</source>
        <translation>el elemento {n} no es un objeto</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="191"/>
        <source>item {n} has both &quot;practice&quot; and &quot;read&quot;; use two items</source>
        <translation>el elemento {n} tiene &quot;practice&quot; y &quot;read&quot; a la vez; usa dos elementos</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="197"/>
        <source>item {n} needs &quot;practice&quot; or &quot;read&quot;</source>
        <translation>el elemento {n} necesita &quot;practice&quot; o &quot;read&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="208"/>
        <source>the file is too large for a plan ({size:,} bytes)</source>
        <translation>el archivo es demasiado grande para un plan ({size:,} bytes)</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="212"/>
        <source>the file could not be read ({reason})</source>
        <translation>no se pudo leer el archivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="215"/>
        <source>the file is not text (UTF-8)</source>
        <translation>el archivo no es texto (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="219"/>
        <source>it is not valid JSON (line {line}: {reason})</source>
        <translation>no es JSON válido (línea {line}: {reason})</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="270"/>
        <source>the plan could not be saved in {folder} ({reason})</source>
        <translation>no se pudo guardar el plan en {folder} ({reason})</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/app.py" line="126"/>
        <source>Rewire is already open. Please use its window.</source>
        <translation>Rewire ya está abierto. Usa su ventana, por favor.</translation>
    </message>
</context>
<context>
    <name>ArticleCard</name>
    <message numerus="yes">
        <location filename="../../app/ui/readings/library.py" line="91"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="102"/>
        <source>Open “{0}”</source>
        <translation>Abrir «{0}»</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message numerus="yes">
        <location filename="../../app/ui/readings/article_view.py" line="159"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="169"/>
        <source>Try this practice</source>
        <translation>Prueba esta práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="170"/>
        <source>Keep reading</source>
        <translation>Sigue leyendo</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="187"/>
        <source>Try this practice:</source>
        <translation>Prueba esta práctica:</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="193"/>
        <source>Try this practice: {0}</source>
        <translation>Prueba esta práctica: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/readings/article_view.py" line="222"/>
        <source>%n match(es) for “{0}” highlighted</source>
        <translation>
            <numerusform>%n coincidencia con «{0}» resaltada</numerusform>
            <numerusform>%n coincidencias con «{0}» resaltadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="270"/>
        <source>✓ Read</source>
        <translation>✓ Leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="270"/>
        <location filename="../../app/ui/readings/article_view.py" line="272"/>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="272"/>
        <source>Read; press to mark as unread</source>
        <translation>Leída; pulsa para marcarla como no leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="296"/>
        <source>Web links are turned off on this device.</source>
        <translation>Los enlaces web están desactivados en este dispositivo.</translation>
    </message>
</context>
<context>
    <name>BreathingOrb</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="88"/>
        <source>A slowly breathing circle</source>
        <translation>Un círculo que respira despacio</translation>
    </message>
</context>
<context>
    <name>Comfort</name>
    <message>
        <location filename="../../app/ui/tray.py" line="74"/>
        <location filename="../../app/ui/tray.py" line="100"/>
        <source>Start a practice</source>
        <translation>Empezar una práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/tray.py" line="76"/>
        <source>Open Rewire</source>
        <translation>Abrir Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/tray.py" line="78"/>
        <source>Quit Rewire</source>
        <translation>Salir de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/tray.py" line="103"/>
        <source>Start {0}</source>
        <translation>Empezar: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/tray.py" line="129"/>
        <source>A few slow breaths are enough. Rewire is ready when you are.</source>
        <translation>Bastan unas pocas respiraciones lentas. Rewire está listo cuando tú lo estés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tray.py" line="132"/>
        <source>From your homework plan: {0}.</source>
        <translation>De tu plan de tareas: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tray.py" line="133"/>
        <source>{0} is ready when you are.</source>
        <translation>«{0}» te espera cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tray.py" line="144"/>
        <source>Time for a few quiet minutes</source>
        <translation>Es momento de unos minutos de calma</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/i18n.py" line="38"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="39"/>
        <source>Given to you by</source>
        <translation>Te lo ofrece</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="40"/>
        <source>If you are in crisis</source>
        <translation>Si estás en crisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="41"/>
        <source>You do not have to go through this alone. Please reach out now:</source>
        <translation>No tienes que pasar por esto en soledad. Pide ayuda ahora:</translation>
    </message>
    <message>
        <location filename="../../app/ui/i18n.py" line="42"/>
        <source>Rewire is a practice companion, not an emergency service.</source>
        <translation>Rewire es un acompañante para practicar, no un servicio de emergencias.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../app/ui/errors.py" line="59"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="60"/>
        <source>Rewire ran into a problem, but your practice log is safe and you can keep going.</source>
        <translation>Rewire tuvo un problema, pero tu diario de práctica está a salvo y puedes seguir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/errors.py" line="63"/>
        <source>The details were written to the log file:
{0}</source>
        <translation>Los detalles se escribieron en el archivo de registro:
{0}</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../app/ui/journal/heatmap.py" line="48"/>
        <source>Practice calendar</source>
        <translation>Calendario de práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/heatmap.py" line="50"/>
        <source>Minutes practised each day over the past year. Use the arrow keys to move between days and Enter to list a day&apos;s sessions.</source>
        <translation>Minutos practicados cada día durante el último año. Usa las flechas para moverte entre días e Intro para ver las sesiones de un día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/heatmap.py" line="79"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/heatmap.py" line="80"/>
        <source>no practice</source>
        <translation>sin práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/heatmap.py" line="137"/>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/heatmap.py" line="137"/>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/heatmap.py" line="137"/>
        <source>Fri</source>
        <translation>vie</translation>
    </message>
</context>
<context>
    <name>HomeDates</name>
    <message>
        <location filename="../../app/ui/home_cards.py" line="38"/>
        <source>dddd, MMMM d, yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="40"/>
        <source>dddd, MMMM d</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/pages/home.py" line="33"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="69"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="73"/>
        <source>Minutes practised today, against your daily goal</source>
        <translation>Minutos practicados hoy, frente a tu meta diaria</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="93"/>
        <location filename="../../app/ui/pages/home.py" line="98"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="98"/>
        <source>Continue your last practice</source>
        <translation>Continuar tu última práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="99"/>
        <source>Start your last practice again with the same settings</source>
        <translation>Vuelve a empezar tu última práctica con los mismos ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="105"/>
        <source>Suggested for you</source>
        <translation>Sugerida para ti</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="113"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="113"/>
        <source>Start the suggested practice</source>
        <translation>Empezar la práctica sugerida</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="114"/>
        <source>Open the suggested practice, ready to begin</source>
        <translation>Abre la práctica sugerida, lista para empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="120"/>
        <source>A reading for you</source>
        <translation>Una lectura para ti</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="128"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="128"/>
        <source>Read the suggested article</source>
        <translation>Leer el artículo sugerido</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="129"/>
        <source>Open this reading in Readings</source>
        <translation>Abre esta lectura en Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="150"/>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="150"/>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="151"/>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="151"/>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="162"/>
        <source>{0} · {1} min</source>
        <translation>{0} · {1} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="165"/>
        <source>Your last practice will appear here, ready to start again with one click.</source>
        <translation>Tu última práctica aparecerá aquí, lista para empezar de nuevo con un clic.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="169"/>
        <location filename="../../app/ui/pages/home.py" line="225"/>
        <source>Part of your homework plan.</source>
        <translation>Forma parte de tu plan de tareas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="170"/>
        <source>Three minutes: a good first practice.</source>
        <translation>Tres minutos: una buena primera práctica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="171"/>
        <source>A gentle way to begin the day.</source>
        <translation>Una forma suave de empezar el día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="172"/>
        <source>A short reset for the middle of the day.</source>
        <translation>Una pausa breve para la mitad del día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="173"/>
        <source>Something to help the day settle.</source>
        <translation>Algo para ayudar a que el día se asiente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="174"/>
        <source>Slow breathing that can help you wind down.</source>
        <translation>Respiración lenta que puede ayudarte a relajarte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="186"/>
        <source>of {0} min</source>
        <translation>de {0} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="187"/>
        <source>Today: {0} of {1} minutes</source>
        <translation>Hoy: {0} de {1} minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="189"/>
        <source>Your practice log is not available just now, so today&apos;s minutes cannot be shown.</source>
        <translation>Tu diario de práctica no está disponible ahora, así que no se pueden mostrar los minutos de hoy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="192"/>
        <source>You reached today&apos;s goal. Well done.</source>
        <translation>Alcanzaste la meta de hoy. Muy bien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="194"/>
        <source>A few minutes count. Your daily goal is {0} min.</source>
        <translation>Unos pocos minutos cuentan. Tu meta diaria es de {0} min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="198"/>
        <source>{0} more min to reach today&apos;s goal.</source>
        <translation>{0} min más para alcanzar la meta de hoy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="200"/>
        <source>You practised on {0} of the last 7 days.</source>
        <translation>Practicaste {0} de los últimos 7 días.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="202"/>
        <source>Practise today to start a streak.</source>
        <translation>Practica hoy para empezar una racha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="204"/>
        <source>Streak: 1 day</source>
        <translation>Racha: 1 día</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="206"/>
        <source>Streak: {0} days</source>
        <translation>Racha: {0} días</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="212"/>
        <source>You have read every article. Thank you.</source>
        <translation>Has leído todos los artículos. Gracias.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="213"/>
        <source>Readings are always there to return to.</source>
        <translation>Las lecturas siempre están ahí para volver a ellas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="224"/>
        <source>Your plan asks you to read this by {0}.</source>
        <translation>Tu plan te pide leer esto antes del {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="227"/>
        <source>You started this one. Pick up where you left off.</source>
        <translation>Ya empezaste esta. Sigue donde lo dejaste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/home.py" line="230"/>
        <source>(This reading is in English.)</source>
        <translation>(Esta lectura está en inglés).</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="82"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="83"/>
        <source>Every session you practise, kept on this computer.</source>
        <translation>Cada sesión que practicas, guardada en este equipo.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="95"/>
        <location filename="../../app/ui/pages/journal.py" line="206"/>
        <source>days in a row</source>
        <translation>días seguidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="96"/>
        <location filename="../../app/ui/pages/journal.py" line="207"/>
        <source>longest run of days</source>
        <translation>racha más larga de días</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="97"/>
        <source>minutes in all</source>
        <translation>minutos en total</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="98"/>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="107"/>
        <source>Your year</source>
        <translation>Tu año</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="111"/>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="116"/>
        <location filename="../../app/ui/pages/journal.py" line="239"/>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="118"/>
        <source>Show recent</source>
        <translation>Mostrar recientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="119"/>
        <source>List your most recent sessions again</source>
        <translation>Volver a mostrar tus sesiones más recientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="129"/>
        <source>Session deleted.</source>
        <translation>Sesión eliminada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="130"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="130"/>
        <source>Put the deleted session back</source>
        <translation>Recuperar la sesión eliminada</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="142"/>
        <source>Add a session by hand…</source>
        <translation>Añadir una sesión a mano…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="143"/>
        <source>Record practice you did away from the computer</source>
        <translation>Anota la práctica que hiciste lejos del equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="144"/>
        <source>Delete session</source>
        <translation>Eliminar la sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="144"/>
        <source>Delete the selected session (you can undo)</source>
        <translation>Eliminar la sesión seleccionada (puedes deshacerlo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="146"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="146"/>
        <source>Save every session as CSV or JSON</source>
        <translation>Guardar todas las sesiones como CSV o JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="147"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="147"/>
        <source>Add sessions from a CSV or JSON export</source>
        <translation>Añadir sesiones desde una exportación CSV o JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="149"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="149"/>
        <source>Go back to one of the automatic backups</source>
        <translation>Volver a una de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="162"/>
        <source>Your practice log cannot be used just now; see the message about it.</source>
        <translation>Tu diario de práctica no se puede usar ahora; consulta el mensaje sobre ello.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="203"/>
        <source>a steady rhythm matters more than a perfect run</source>
        <translation>un ritmo constante importa más que una racha perfecta</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="210"/>
        <source>minutes in all, {0:,} sessions on {1:,} days</source>
        <translation>minutos en total, {0:,} sesiones en {1:,} días</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="213"/>
        <source>{0:.0f} of {1} min</source>
        <translation>{0:.0f} de {1} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="214"/>
        <source>this week, against your goal</source>
        <translation>esta semana, frente a tu meta</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="243"/>
        <source>Sessions on {0}</source>
        <translation>Sesiones del {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="270"/>
        <source>Deleted {0} from {1:%d %b %Y}.</source>
        <translation>Se eliminó {0} del {1:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="292"/>
        <source>Session not added</source>
        <translation>La sesión no se añadió</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="300"/>
        <source>Export practice log</source>
        <translation>Exportar el diario de práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="301"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV para hojas de cálculo (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="312"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="313"/>
        <source>Rewire could not write {0}: {1}</source>
        <translation>Rewire no pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="315"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="316"/>
        <source>Your practice log was saved as {0}.</source>
        <translation>Tu diario de práctica se guardó como {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="323"/>
        <source>Import sessions</source>
        <translation>Importar sesiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="324"/>
        <source>Practice log exports (*.csv *.json);;All files (*)</source>
        <translation>Exportaciones del diario (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="328"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="328"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="339"/>
        <source>{0} — {1} sessions</source>
        <translation>{0} — {1} sesiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="342"/>
        <source>No backups yet</source>
        <translation>Todavía no hay copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="343"/>
        <source>Rewire makes a backup of your practice log once a day; there is none yet.</source>
        <translation>Rewire hace una copia de seguridad de tu diario una vez al día; todavía no hay ninguna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="348"/>
        <source>Restore the practice log?</source>
        <translation>¿Restaurar el diario de práctica?</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="349"/>
        <source>Replace your practice log with this backup? Your log as it is now is backed up first.</source>
        <translation>¿Reemplazar tu diario de práctica por esta copia? Antes se guarda una copia de tu diario tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="356"/>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="358"/>
        <source>Practice log restored</source>
        <translation>Diario de práctica restaurado</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/journal.py" line="359"/>
        <source>Your practice log now holds the {0} sessions of that backup.</source>
        <translation>Tu diario de práctica tiene ahora las {0} sesiones de esa copia.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="133"/>
        <source>If you are in crisis:</source>
        <translation>Si estás en crisis:</translation>
    </message>
</context>
<context>
    <name>KioskLibrary</name>
    <message>
        <location filename="../../app/ui/kiosk/reader.py" line="39"/>
        <source>Read about how the brain changes</source>
        <translation>Lee sobre cómo cambia el cerebro</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/reader.py" line="52"/>
        <source>{0} min read</source>
        <translation>{0} min de lectura</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/reader.py" line="58"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/reader.py" line="65"/>
        <source>The readings are not available right now.</source>
        <translation>Las lecturas no están disponibles ahora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/reader.py" line="70"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>KioskPlayer</name>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="103"/>
        <source>End practice</source>
        <translation>Terminar la práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="145"/>
        <source>{0}:{1:02d} left</source>
        <translation>quedan {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="163"/>
        <source>Rest your attention on your breathing. When your mind wanders, gently come back.</source>
        <translation>Descansa la atención en tu respiración. Cuando la mente se distraiga, vuelve con suavidad.</translation>
    </message>
</context>
<context>
    <name>KioskReader</name>
    <message>
        <location filename="../../app/ui/kiosk/reader.py" line="113"/>
        <source>All readings</source>
        <translation>Todas las lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/reader.py" line="114"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/reader.py" line="137"/>
        <source>Links do not open on this station. You can look the sources up on your own device.</source>
        <translation>Los enlaces no se abren en este puesto. Puedes buscar las fuentes en tu propio dispositivo.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="289"/>
        <source>Turn anonymous counts off</source>
        <translation>Desactivar el recuento anónimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="290"/>
        <source>Turn anonymous counts on</source>
        <translation>Activar el recuento anónimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="303"/>
        <source>Unlocked. Exit Rewire, or go back to the kiosk.</source>
        <translation>Desbloqueado. Sal de Rewire o vuelve al quiosco.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="305"/>
        <source>Rewire stopped after repeated crashes; the details are in the log file. Going back to the kiosk tries again.</source>
        <translation>Rewire se detuvo tras varios fallos seguidos; los detalles están en el archivo de registro. Al volver al quiosco se intenta de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="314"/>
        <source>Anonymous counts are on: {0} sessions so far. Export them with &apos;rewire kiosk export-counts FILE&apos;.</source>
        <translation>El recuento anónimo está activado: {0} sesiones hasta ahora. Expórtalo con &apos;rewire kiosk export-counts ARCHIVO&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="317"/>
        <source>Anonymous counts are off.</source>
        <translation>El recuento anónimo está desactivado.</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../app/ui/settings_sections/language.py" line="23"/>
        <location filename="../../app/ui/settings_sections/language.py" line="32"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/language.py" line="25"/>
        <source>The language of Rewire&apos;s words and guided practices</source>
        <translation>El idioma de los textos y de las prácticas guiadas de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/language.py" line="29"/>
        <source>Follow the system ({0})</source>
        <translation>Seguir al sistema ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/language.py" line="43"/>
        <source>The new language is used the next time Rewire starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se abra Rewire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/language.py" line="45"/>
        <source>Guided practices are read and captioned in this language too.</source>
        <translation>Las prácticas guiadas también se leen y subtitulan en este idioma.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/ui/readings/library.py" line="126"/>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="127"/>
        <source>Short, honest readings on how practice and therapy change the brain.</source>
        <translation>Lecturas breves y honestas sobre cómo la práctica y la terapia cambian el cerebro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="137"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="156"/>
        <location filename="../../app/ui/readings/library.py" line="170"/>
        <location filename="../../app/ui/readings/library.py" line="176"/>
        <source>About this practice</source>
        <translation>Sobre esta práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="168"/>
        <source>More about {0}</source>
        <translation>Más sobre {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="172"/>
        <source>Contact details of {0} and about Rewire</source>
        <translation>Datos de contacto de {0} y acerca de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="184"/>
        <source>Search titles and text…</source>
        <translation>Buscar en títulos y texto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="186"/>
        <source>Search the readings</source>
        <translation>Buscar en las lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="188"/>
        <source>Finds words in the titles and the full text of every reading (Ctrl+F)</source>
        <translation>Busca palabras en los títulos y en el texto completo de cada lectura (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="191"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="194"/>
        <source>Topic filter</source>
        <translation>Filtro por tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="195"/>
        <source>Show only the readings on one topic</source>
        <translation>Mostrar solo las lecturas de un tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="196"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="213"/>
        <source>✓ Read</source>
        <translation>✓ Leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="215"/>
        <source>Started</source>
        <translation>Empezada</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="216"/>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/readings/library.py" line="258"/>
        <source>%n reading(s) match “{0}”.</source>
        <translation>
            <numerusform>%n lectura coincide con «{0}».</numerusform>
            <numerusform>%n lecturas coinciden con «{0}».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="260"/>
        <source>No reading matches “{0}”. Try a shorter word, or choose “All topics”.</source>
        <translation>Ninguna lectura coincide con «{0}». Prueba una palabra más corta o elige «Todos los temas».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="43"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="97"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>Choose a section of Rewire</source>
        <translation>Elige una sección de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="106"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="110"/>
        <location filename="../../app/ui/main_window.py" line="112"/>
        <source>If you are in crisis</source>
        <translation>Si estás en crisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <location filename="../../app/ui/main_window.py" line="116"/>
        <source>Phone numbers for help right now (F1)</source>
        <translation>Teléfonos para recibir ayuda ahora mismo (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="118"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="120"/>
        <source>About Rewire</source>
        <translation>Acerca de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="122"/>
        <source>Version, and your counseling practice&apos;s contact details</source>
        <translation>Versión y datos de contacto de tu centro de terapia</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="186"/>
        <source>This station is resting for a moment</source>
        <translation>Este puesto está descansando un momento</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="188"/>
        <source>It ran into a problem and is waiting for the staff. Please let the front desk know.</source>
        <translation>Tuvo un problema y está esperando al personal. Por favor, avisa en recepción.</translation>
    </message>
</context>
<context>
    <name>ManualSessionDialog</name>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="58"/>
        <source>Add a session by hand</source>
        <translation>Añadir una sesión a mano</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="60"/>
        <source>For practice you did away from the computer. It is marked as added by hand.</source>
        <translation>Para la práctica que hiciste lejos del equipo. Se marca como añadida a mano.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="65"/>
        <location filename="../../app/ui/journal/dialogs.py" line="66"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="74"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="75"/>
        <source>Started</source>
        <translation>Empezada</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="79"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="80"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="81"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="82"/>
        <source>Mood before</source>
        <translation>Ánimo antes</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="83"/>
        <source>Mood after</source>
        <translation>Ánimo después</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="84"/>
        <source>Mood before (1-5)</source>
        <translation>Ánimo antes (1-5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="85"/>
        <source>Mood after (1-5)</source>
        <translation>Ánimo después (1-5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="88"/>
        <location filename="../../app/ui/journal/dialogs.py" line="89"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>MoodDelegate</name>
    <message>
        <location filename="../../app/ui/journal/sessions.py" line="44"/>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/sessions.py" line="45"/>
        <source>1 = low, 5 = good</source>
        <translation>1 = bajo, 5 = bueno</translation>
    </message>
</context>
<context>
    <name>MoodRow</name>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="31"/>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="31"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="31"/>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="31"/>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="32"/>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="37"/>
        <source>Mood {0}: {1}</source>
        <translation>Ánimo {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="42"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="43"/>
        <source>Skip the mood question</source>
        <translation>Saltar la pregunta de ánimo</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../app/ui/notices.py" line="43"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/notices.py" line="44"/>
        <source>Dismiss notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <location filename="../../app/ui/notices.py" line="49"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="35"/>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="42"/>
        <source>PIN entered</source>
        <translation>PIN introducido</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="44"/>
        <location filename="../../app/ui/kiosk/pinpad.py" line="84"/>
        <source>Enter the staff PIN.</source>
        <translation>Introduce el PIN del personal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="53"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="53"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="67"/>
        <source>Back to the welcome screen</source>
        <translation>Volver a la pantalla de bienvenida</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="77"/>
        <location filename="../../app/ui/kiosk/pinpad.py" line="108"/>
        <source>No staff PIN is set. On this computer, run &apos;rewire kiosk set-pin&apos; first.</source>
        <translation>No hay PIN del personal. En este equipo, ejecuta primero &apos;rewire kiosk set-pin&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="118"/>
        <source>That PIN is not right. Please wait {0} s before trying again.</source>
        <translation>Ese PIN no es correcto. Espera {0} s antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="121"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <location filename="../../app/ui/home_cards.py" line="91"/>
        <source>Homework plan</source>
        <translation>Plan de tareas</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="104"/>
        <source>Import a plan…</source>
        <translation>Importar un plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="104"/>
        <source>Import a homework plan</source>
        <translation>Importar un plan de tareas</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="105"/>
        <source>Choose a plan file from your counselor (you can also drop it onto this window)</source>
        <translation>Elige un archivo de plan de tu terapeuta (también puedes soltarlo sobre esta ventana)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="109"/>
        <source>Remove plan</source>
        <translation>Quitar el plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="109"/>
        <source>Remove the homework plan</source>
        <translation>Quitar el plan de tareas</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="110"/>
        <source>Take this plan off Home (your practice log is not changed)</source>
        <translation>Quita este plan de Inicio (tu diario de práctica no cambia)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="129"/>
        <source>No plan yet</source>
        <translation>Todavía no hay plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="130"/>
        <source>If your counselor gave you a plan file, import it here or drop it onto this window.</source>
        <translation>Si tu terapeuta te dio un archivo de plan, impórtalo aquí o suéltalo sobre esta ventana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="137"/>
        <source>From: {0}</source>
        <translation>De: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="139"/>
        <source>Starts on {0}.</source>
        <translation>Empieza el {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="142"/>
        <source>This plan ended on {0}.</source>
        <translation>Este plan terminó el {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="144"/>
        <source>Today is the last day of this plan.</source>
        <translation>Hoy es el último día de este plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="146"/>
        <source>Until {0}.</source>
        <translation>Hasta el {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="173"/>
        <source>{0}: {1} min a day.</source>
        <translation>{0}: {1} min al día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="174"/>
        <source>{0}: {1} min a week.</source>
        <translation>{0}: {1} min a la semana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="176"/>
        <source>{0}: {1} min a day. Goal met on {2} of {3} days.</source>
        <translation>{0}: {1} min al día. Meta cumplida {2} de {3} días.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="179"/>
        <source>{0}: {1} min a day. Today {2} of {1} min; goal met on {3} of {4} days so far.</source>
        <translation>{0}: {1} min al día. Hoy {2} de {1} min; meta cumplida {3} de {4} días hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="184"/>
        <source>{0}: {1} min a week. This week {2} of {1} min.</source>
        <translation>{0}: {1} min a la semana. Esta semana {2} de {1} min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="189"/>
        <source>Read “{0}”: done.</source>
        <translation>Leer «{0}»: hecho.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="192"/>
        <source>Read “{0}” by {1}: not yet.</source>
        <translation>Leer «{0}» antes del {1}: todavía no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="194"/>
        <source>Read “{0}”: not yet.</source>
        <translation>Leer «{0}»: todavía no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home_cards.py" line="197"/>
        <source>Progress on this part of your plan</source>
        <translation>Progreso en esta parte de tu plan</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <location filename="../../app/ui/plan_import.py" line="38"/>
        <source>Plan not imported</source>
        <translation>El plan no se importó</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_import.py" line="39"/>
        <source>Your current plan is unchanged.</source>
        <translation>Tu plan actual no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_import.py" line="43"/>
        <source>Plan imported</source>
        <translation>Plan importado</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_import.py" line="44"/>
        <source>“{0}” is now on Home.</source>
        <translation>«{0}» ya está en Inicio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_import.py" line="52"/>
        <source>Import a homework plan</source>
        <translation>Importar un plan de tareas</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_import.py" line="53"/>
        <source>Rewire plans (*.json);;All files (*)</source>
        <translation>Planes de Rewire (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/pages/practice.py" line="72"/>
        <source>Practice not found</source>
        <translation>Práctica no encontrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/practice.py" line="73"/>
        <source>The practice “{0}” is not available.</source>
        <translation>La práctica «{0}» no está disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/practice.py" line="129"/>
        <source>Your recording: {0}</source>
        <translation>Tu grabación: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/practice.py" line="178"/>
        <source>Your log is not available</source>
        <translation>Tu diario no está disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/practice.py" line="179"/>
        <source>This session will not be saved ({0}). You can still practise.</source>
        <translation>Esta sesión no se guardará ({0}). Aun así puedes practicar.</translation>
    </message>
</context>
<context>
    <name>PracticePicker</name>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="68"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="69"/>
        <source>Choose a practice. Each one takes only a few minutes, and every minute counts.</source>
        <translation>Elige una práctica. Cada una lleva solo unos minutos, y cada minuto cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="83"/>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="83"/>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="84"/>
        <source>Guided</source>
        <translation>Guiadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="100"/>
        <source>No practices could be loaded. The details are in the log file.</source>
        <translation>No se pudo cargar ninguna práctica. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="107"/>
        <source>Your recordings</source>
        <translation>Tus grabaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="109"/>
        <source>A guided meditation from your counselor, or any recording you like, can be a practice of its own: import it in Settings, under Sound.</source>
        <translation>Una meditación guiada de tu terapeuta, o cualquier grabación que te guste, puede ser una práctica en sí misma: impórtala en Ajustes, en Sonido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="151"/>
        <source>Your own recording, played as the guide.</source>
        <translation>Tu propia grabación, que sirve de guía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="160"/>
        <source>Why this works: {0}</source>
        <translation>Por qué funciona: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="167"/>
        <source>Why {0} works</source>
        <translation>Por qué funciona {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="168"/>
        <source>Links to readings</source>
        <translation>Enlaces a lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="172"/>
        <source>Set up</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="174"/>
        <source>Set up {0}</source>
        <translation>Preparar {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="191"/>
        <source>Your presets:</source>
        <translation>Tus ajustes guardados:</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="196"/>
        <source>Preset {0}</source>
        <translation>Ajuste {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="197"/>
        <source>Set up {0} with these choices</source>
        <translation>Preparar {0} con estas opciones</translation>
    </message>
</context>
<context>
    <name>PracticePlayer</name>
    <message>
        <location filename="../../app/ui/practice/player.py" line="189"/>
        <source>Getting the sounds ready…</source>
        <translation>Preparando los sonidos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="242"/>
        <source>End this session?</source>
        <translation>¿Terminar esta sesión?</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="243"/>
        <source>You have practised for {0}. End the session now? The time so far is kept in your log.</source>
        <translation>Has practicado {0}. ¿Terminar la sesión ahora? El tiempo hasta ahora se guarda en tu diario.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="257"/>
        <source>Leave full window</source>
        <translation>Salir de la ventana completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="257"/>
        <source>Full window</source>
        <translation>Ventana completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="286"/>
        <source>Paused while the computer was asleep. Press Space to go on.</source>
        <translation>En pausa mientras el equipo dormía. Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="361"/>
        <source>Paused while</source>
        <translation>En pausa mientras</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="365"/>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="366"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="20"/>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="21"/>
        <source>Hold</source>
        <translation>Sostén</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="22"/>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="23"/>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="24"/>
        <source>Breathe in a little more</source>
        <translation>Inhala un poco más</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="25"/>
        <source>Long breath out</source>
        <translation>Exhalación larga</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../app/ui/reminders.py" line="149"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="150"/>
        <source>A gentle reminder to practise</source>
        <translation>Un recordatorio amable para practicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="153"/>
        <source>Time for a few quiet minutes</source>
        <translation>Es momento de unos minutos de calma</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="161"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="163"/>
        <source>Start the suggested practice</source>
        <translation>Empezar la práctica sugerida</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="164"/>
        <source>Open the practice this reminder suggests</source>
        <translation>Abre la práctica que sugiere este recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="166"/>
        <location filename="../../app/ui/reminders.py" line="167"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../app/ui/reminders.py" line="168"/>
        <source>Close this reminder</source>
        <translation>Cerrar este recordatorio</translation>
    </message>
</context>
<context>
    <name>ReminderSection</name>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="55"/>
        <source>Reminder times</source>
        <translation>Horas de recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="56"/>
        <source>The times of day Rewire reminds you</source>
        <translation>Las horas del día en que Rewire te lo recuerda</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="62"/>
        <source>New reminder time</source>
        <translation>Nueva hora de recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="63"/>
        <source>Hours and minutes, 24-hour clock</source>
        <translation>Horas y minutos, reloj de 24 horas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="64"/>
        <source>Add time</source>
        <translation>Añadir hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="65"/>
        <source>Add reminder time</source>
        <translation>Añadir hora de recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="66"/>
        <source>Add the time on the left to the list</source>
        <translation>Añade a la lista la hora de la izquierda</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="67"/>
        <source>Remove time</source>
        <translation>Quitar hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="68"/>
        <source>Remove reminder time</source>
        <translation>Quitar hora de recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="69"/>
        <source>Remove the selected time</source>
        <translation>Quitar la hora seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="75"/>
        <source>Daily reminders</source>
        <translation>Recordatorios diarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="81"/>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="82"/>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="85"/>
        <source>No reminder rings between the start and the end</source>
        <translation>Ningún recordatorio suena entre el inicio y el fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="88"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="92"/>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="94"/>
        <location filename="../../app/ui/settings_sections/reminders.py" line="95"/>
        <source>Keep in the tray</source>
        <translation>Mantener en la bandeja</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="96"/>
        <source>Closing the window leaves Rewire running so reminders still appear</source>
        <translation>Al cerrar la ventana, Rewire sigue abierto para que aparezcan los recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="100"/>
        <source>When the window closes, Rewire stays in the system tray so reminders still appear.</source>
        <translation>Al cerrar la ventana, Rewire se queda en la bandeja del sistema para que los recordatorios sigan apareciendo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="121"/>
        <source>Reminders appear as notifications from the system tray while Rewire is running.</source>
        <translation>Los recordatorios aparecen como notificaciones de la bandeja del sistema mientras Rewire está abierto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="125"/>
        <source>This desktop has no system tray, so reminders appear inside the Rewire window while it is open.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que los recordatorios aparecen dentro de la ventana de Rewire mientras está abierta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="136"/>
        <source>{0} (in quiet hours: will not ring)</source>
        <translation>{0} (en horas de silencio: no sonará)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="140"/>
        <source>No reminders are set.</source>
        <translation>No hay recordatorios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="142"/>
        <source>Every reminder time is inside the quiet hours.</source>
        <translation>Todas las horas de recordatorio caen en las horas de silencio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="144"/>
        <source>Next reminder: {0}.</source>
        <translation>Próximo recordatorio: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="155"/>
        <source>today at {0}</source>
        <translation>hoy a las {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="156"/>
        <source>tomorrow at {0}</source>
        <translation>mañana a las {0}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="115"/>
        <source>Restore the practice log</source>
        <translation>Restaurar el diario de práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="118"/>
        <source>Choose a backup. Your log as it is now is backed up first, so you can come back to it.</source>
        <translation>Elige una copia. Antes se guarda una copia de tu diario tal como está ahora, para que puedas volver a él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="121"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="130"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="35"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="36"/>
        <source>Changes are saved as you make them, on this computer only.</source>
        <translation>Los cambios se guardan al hacerlos, solo en este equipo.</translation>
    </message>
</context>
<context>
    <name>SessionDial</name>
    <message>
        <location filename="../../app/ui/practice/dial.py" line="31"/>
        <source>Practice progress</source>
        <translation>Progreso de la práctica</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../../app/ui/journal/sessions.py" line="94"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/sessions.py" line="96"/>
        <source>Your sessions. Edit a note by typing in the Note column; change a mood with its list; press Delete to remove a session (you can undo).</source>
        <translation>Tus sesiones. Edita una nota escribiendo en la columna Nota; cambia el ánimo con su lista; pulsa Supr para eliminar una sesión (puedes deshacerlo).</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/sessions.py" line="119"/>
        <source>Double-click to set the mood (1 = low, 5 = good)</source>
        <translation>Doble clic para indicar el ánimo (1 = bajo, 5 = bueno)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/sessions.py" line="123"/>
        <source>Double-click or start typing to edit the note</source>
        <translation>Doble clic o empieza a escribir para editar la nota</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings_sections/general.py" line="13"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/journal.py" line="15"/>
        <source>Journal and streaks</source>
        <translation>Diario y rachas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/language.py" line="13"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/practice.py" line="13"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/readings.py" line="12"/>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/reminders.py" line="26"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="35"/>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="65"/>
        <source>Why this works</source>
        <translation>Por qué funciona</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="66"/>
        <source>Links to readings</source>
        <translation>Enlaces a lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="209"/>
        <source>Why this works: {0}</source>
        <translation>Por qué funciona: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="214"/>
        <source>Your own recording, played as the guide. The time runs with it, and pausing holds it where it is.</source>
        <translation>Tu propia grabación, que sirve de guía. El tiempo avanza con ella, y al pausar se detiene donde está.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="301"/>
        <source>Please check: {0}</source>
        <translation>Revisa, por favor: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="309"/>
        <source>Choose a preset…</source>
        <translation>Elige un ajuste guardado…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="310"/>
        <source>No presets yet</source>
        <translation>Todavía no hay ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="326"/>
        <source>Using your preset “{0}”.</source>
        <translation>Usando tu ajuste «{0}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="336"/>
        <source>Preset “{0}” deleted.</source>
        <translation>Se eliminó el ajuste «{0}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="354"/>
        <source>Saved as “{0}”.</source>
        <translation>Guardado como «{0}».</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <location filename="../../app/sound/facade.py" line="42"/>
        <source>No sound device found. Practices still run with captions, but nothing will sound.</source>
        <translation>No se encontró ningún dispositivo de sonido. Las prácticas funcionan igual, con subtítulos, pero no sonará nada.</translation>
    </message>
    <message>
        <location filename="../../app/sound/factory.py" line="18"/>
        <source>Sound is not available on this computer (the Qt multimedia module could not load). Captions still work.</source>
        <translation>El sonido no está disponible en este equipo (no se pudo cargar el módulo multimedia de Qt). Los subtítulos siguen funcionando.</translation>
    </message>
    <message>
        <location filename="../../app/sound/factory.py" line="49"/>
        <source>No sound</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <location filename="../../app/sound/factory.py" line="51"/>
        <source>Sound problem</source>
        <translation>Problema de sonido</translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="188"/>
        <source>Remove a recording</source>
        <translation>Quitar una grabación</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="189"/>
        <source>Remove “%s” from your library? The file you imported it from is not touched.</source>
        <translation>¿Quitar «%s» de tu biblioteca? El archivo del que la importaste no se toca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="199"/>
        <source>“%s” was removed from your library.</source>
        <translation>«%s» se quitó de tu biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="217"/>
        <source>Import a recording</source>
        <translation>Importar una grabación</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="224"/>
        <source>Recordings cannot be imported here.</source>
        <translation>Aquí no se pueden importar grabaciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_sections/sound.py" line="233"/>
        <source>Importing %s...</source>
        <translation>Importando %s...</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="239"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="242"/>
        <source>Exit Rewire</source>
        <translation>Salir de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="243"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="208"/>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="213"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="222"/>
        <source>To keep things private, this screen clears itself in {0} s.</source>
        <translation>Para proteger tu privacidad, esta pantalla se borrará en {0} s.</translation>
    </message>
</context>
<context>
    <name>VisitorArea</name>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="96"/>
        <source>Choose a practice</source>
        <translation>Elige una práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="97"/>
        <source>Each one takes a few minutes. You can stop at any time.</source>
        <translation>Cada una lleva unos minutos. Puedes parar cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="104"/>
        <source>The practices are not available right now. The readings are.</source>
        <translation>Las prácticas no están disponibles ahora. Las lecturas sí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="109"/>
        <location filename="../../app/ui/kiosk/visitor.py" line="187"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="144"/>
        <location filename="../../app/ui/kiosk/visitor.py" line="156"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="157"/>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="176"/>
        <source>Headphones are on the hook beside the screen, if you would like them. The sound is soft and never louder than {0}%.</source>
        <translation>Hay auriculares en el gancho junto a la pantalla, si los quieres. El sonido es suave y nunca supera el {0} %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="179"/>
        <source>Sit comfortably. You can end the practice at any time.</source>
        <translation>Siéntate cómodamente. Puedes terminar la práctica cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="182"/>
        <source>Start with sound</source>
        <translation>Empezar con sonido</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="183"/>
        <source>Start in silence</source>
        <translation>Empezar en silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="209"/>
        <source>Thank you for taking this time for yourself.</source>
        <translation>Gracias por tomarte este tiempo para ti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="210"/>
        <source>That&apos;s fine. Every minute counts.</source>
        <translation>Está bien. Cada minuto cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="215"/>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="220"/>
        <source>Another practice</source>
        <translation>Otra práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="221"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="222"/>
        <location filename="../../app/ui/kiosk/visitor.py" line="254"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
</context>
<context>
    <name>WeekChart</name>
    <message>
        <location filename="../../app/ui/journal/chart.py" line="34"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/chart.py" line="78"/>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/chart.py" line="102"/>
        <source>Minutes practised in each of the last {0} weeks; {1:.0f} minutes in all. The dashed line is your weekly goal of {2:.0f} minutes.</source>
        <translation>Minutos practicados en cada una de las últimas {0} semanas; {1:.0f} minutos en total. La línea discontinua es tu meta semanal de {2:.0f} minutos.</translation>
    </message>
</context>
<context>
    <name>WeekStrip</name>
    <message>
        <location filename="../../app/ui/week_strip.py" line="24"/>
        <source>The last seven days: a full dot where you met your daily goal</source>
        <translation>Los últimos siete días: un punto lleno donde cumpliste tu meta diaria</translation>
    </message>
    <message>
        <location filename="../../app/ui/week_strip.py" line="35"/>
        <source>{0}: goal met</source>
        <translation>{0}: meta cumplida</translation>
    </message>
    <message>
        <location filename="../../app/ui/week_strip.py" line="37"/>
        <source>{0}: {1} min</source>
        <translation>{0}: {1} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/week_strip.py" line="39"/>
        <source>{0}: no practice</source>
        <translation>{0}: sin práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/week_strip.py" line="40"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="155"/>
        <source>Welcome. Take a few quiet minutes for yourself.</source>
        <translation>Te damos la bienvenida. Tómate unos minutos de calma para ti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="162"/>
        <source>Start a 3-minute practice</source>
        <translation>Empezar una práctica de 3 minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="164"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="169"/>
        <source>Nothing you do here is saved. The screen clears itself when you leave.</source>
        <translation>Nada de lo que hagas aquí se guarda. La pantalla se borra cuando te vas.</translation>
    </message>
</context>
<context>
    <name>_BrokenPage</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="279"/>
        <source>This part of Rewire could not be opened. The rest of the app works; the details are in the log file.</source>
        <translation>Esta parte de Rewire no se pudo abrir. El resto de la aplicación funciona; los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>box</name>
    <message>
        <location filename="../../app/ui/pages/settings.py" line="45"/>
        <source>This section could not be shown.</source>
        <translation>Esta sección no se pudo mostrar.</translation>
    </message>
</context>
<context>
    <name>Readings</name>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Neuroplasticity</source>
        <translation>Neuroplasticidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>CBT</source>
        <translation>TCC</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Mindfulness</source>
        <translation>Atención plena</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Brain chemistry</source>
        <translation>Química del cerebro</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Habits</source>
        <translation>Hábitos</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py"/>
        <source>In English</source>
        <translation>En inglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py"/>
        <source>This reading is in English.</source>
        <translation>Esta lectura está en inglés.</translation>
    </message>
</context>
</TS>
