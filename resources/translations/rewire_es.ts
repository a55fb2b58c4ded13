<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="54"/>
        <source>{0}:{1:02d} min</source>
        <translation>{0}:{1:02d} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="56"/>
        <source>At your own pace</source>
        <translation>A tu ritmo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="48"/>
        <source>{0} breaths a minute</source>
        <translation>{0} respiraciones por minuto</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="59"/>
        <source>{0} · {1:g} min</source>
        <translation>{0} · {1:g} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="61"/>
        <source>1 to 180 min, or open-ended</source>
        <translation>De 1 a 180 min, o sin final</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="62"/>
        <source>{0:g} min</source>
        <translation>{0:g} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="98"/>
        <location filename="../../app/ui/practice/player.py" line="99"/>
        <source>Full window</source>
        <translation>Ventana completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="100"/>
        <location filename="../../app/ui/practice/player.py" line="101"/>
        <source>Hide everything but the practice (F)</source>
        <translation>Ocultar todo menos la práctica (F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="118"/>
        <source>Breath phase</source>
        <translation>Fase de la respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="131"/>
        <source>Caption</source>
        <translation>Subtítulo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="140"/>
        <source>Begin now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="140"/>
        <source>Skip the rest of the countdown</source>
        <translation>Saltar el resto de la cuenta atrás</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="142"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="142"/>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o seguir (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="145"/>
        <source>Breathed out</source>
        <translation>Exhalé</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="145"/>
        <source>Count one out-breath (Space)</source>
        <translation>Contar una exhalación (Espacio)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="149"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="149"/>
        <source>End the session (Esc)</source>
        <translation>Terminar la sesión (Esc)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="126"/>
        <source>How do you feel now?</source>
        <translation>¿Cómo te sientes ahora?</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="131"/>
        <location filename="../../app/ui/practice/mood.py" line="133"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="134"/>
        <location filename="../../app/ui/practice/setup.py" line="170"/>
        <source>Back to the practices</source>
        <translation>Volver a las prácticas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="58"/>
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="61"/>
        <source>Starting in</source>
        <translation>Empieza en</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="63"/>
        <source>Settle in. Let your shoulders drop.</source>
        <translation>Acomódate. Deja caer los hombros.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="68"/>
        <location filename="../../app/ui/practice/display.py" line="72"/>
        <location filename="../../app/ui/practice/display.py" line="91"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="69"/>
        <source>Breath {0} of {1}</source>
        <translation>Respiración {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="73"/>
        <source>Breath {0} of {1} · {2} left</source>
        <translation>Respiración {0} de {1} · quedan {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="78"/>
        <source>breaths</source>
        <translation>respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="80"/>
        <source>{0} left</source>
        <translation>quedan {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="81"/>
        <source>{0} so far</source>
        <translation>{0} hasta ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="83"/>
        <source>Breathe naturally. Press Space each time you breathe out.</source>
        <translation>Respira con naturalidad. Pulsa Espacio cada vez que exhales.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="85"/>
        <source>so far</source>
        <translation>hasta ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="89"/>
        <source>Listening to your recording “{0}”.</source>
        <translation>Escuchando tu grabación «{0}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="107"/>
        <source>Well done. You practised for {0}.</source>
        <translation>Muy bien. Practicaste {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="109"/>
        <source>Stopped before the start. Come back whenever you like.</source>
        <translation>Detenida antes de empezar. Vuelve cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="111"/>
        <source>Session ended. You practised for {0}, and that counts.</source>
        <translation>Sesión terminada. Practicaste {0}, y eso cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="113"/>
        <source>You counted {0} breaths.</source>
        <translation>Contaste {0} respiraciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="68"/>
        <location filename="../../app/ui/practice/display.py" line="87"/>
        <source>remaining</source>
        <translation>restante</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="94"/>
        <source>Next bell in {0}</source>
        <translation>Próxima campana en {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="97"/>
        <source>practised</source>
        <translation>practicado</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="91"/>
        <location filename="../../app/ui/practice/setup.py" line="107"/>
        <location filename="../../app/ui/practice/setup.py" line="113"/>
        <location filename="../../app/ui/practice/setup.py" line="114"/>
        <location filename="../../app/ui/settings/sections/practice.py" line="24"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="91"/>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="92"/>
        <source>Open-ended (count up)</source>
        <translation>Sin final (cuenta hacia arriba)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="93"/>
        <location filename="../../app/ui/practice/setup.py" line="124"/>
        <source>Run for</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="93"/>
        <source>A number of minutes</source>
        <translation>Un número de minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="94"/>
        <source>A number of breaths</source>
        <translation>Un número de respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="95"/>
        <location filename="../../app/ui/practice/setup.py" line="123"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="96"/>
        <source> breaths</source>
        <translation> respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="96"/>
        <source>Number of breaths</source>
        <translation>Número de respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="97"/>
        <location filename="../../app/ui/practice/setup.py" line="98"/>
        <location filename="../../app/ui/practice/setup.py" line="99"/>
        <location filename="../../app/ui/practice/setup.py" line="100"/>
        <location filename="../../app/ui/practice/setup.py" line="101"/>
        <location filename="../../app/ui/settings/sections/practice.py" line="32"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="97"/>
        <location filename="../../app/ui/practice/setup.py" line="125"/>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="98"/>
        <source>Hold after in</source>
        <translation>Sostén tras inhalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="99"/>
        <location filename="../../app/ui/practice/setup.py" line="126"/>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="100"/>
        <source>Hold after out</source>
        <translation>Sostén tras exhalar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="101"/>
        <location filename="../../app/ui/practice/setup.py" line="127"/>
        <location filename="../../app/ui/settings/sections/practice.py" line="33"/>
        <location filename="../../app/ui/settings/sections/practice.py" line="36"/>
        <source>Time to settle</source>
        <translation>Tiempo para asentarte</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="102"/>
        <source>Bell at the start</source>
        <translation>Campana al empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="103"/>
        <source>Bell at the end</source>
        <translation>Campana al terminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="104"/>
        <source>Bells during the practice</source>
        <translation>Campanas durante la práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="105"/>
        <location filename="../../app/ui/practice/setup.py" line="116"/>
        <location filename="../../app/ui/settings/sections/journal.py" line="46"/>
        <location filename="../../app/ui/settings/sections/sound.py" line="99"/>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="105"/>
        <source>Every few minutes</source>
        <translation>Cada pocos minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="106"/>
        <source>At moments I choose</source>
        <translation>En momentos que elijo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="106"/>
        <source>At random moments</source>
        <translation>En momentos al azar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="107"/>
        <source>Bell every</source>
        <translation>Campana cada</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="109"/>
        <source>for example 2:00, 7:30, 12:00</source>
        <translation>por ejemplo 2:00, 7:30, 12:00</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="110"/>
        <source>Bell moments</source>
        <translation>Momentos de campana</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="111"/>
        <source>Minutes and seconds after the start</source>
        <translation>Minutos y segundos desde el inicio</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="112"/>
        <source>How many random bells</source>
        <translation>Cuántas campanas al azar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="113"/>
        <location filename="../../app/ui/practice/setup.py" line="130"/>
        <source>Not before</source>
        <translation>No antes de</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="114"/>
        <location filename="../../app/ui/practice/setup.py" line="130"/>
        <source>Not after</source>
        <translation>No después de</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="115"/>
        <location filename="../../app/ui/practice/setup.py" line="131"/>
        <location filename="../../app/ui/settings/sections/sound.py" line="83"/>
        <location filename="../../app/ui/settings/sections/sound.py" line="93"/>
        <source>Bell</source>
        <translation>Campana</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="116"/>
        <source>Background sound</source>
        <translation>Sonido de fondo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="118"/>
        <location filename="../../app/ui/settings/sections/practice.py" line="44"/>
        <source>Tick on each breath</source>
        <translation>Tic en cada respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="120"/>
        <source>Read the cues aloud</source>
        <translation>Leer las indicaciones en voz alta</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="121"/>
        <source>Dim the screen (for the night)</source>
        <translation>Atenuar la pantalla (para la noche)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="124"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="125"/>
        <source>Breaths</source>
        <translation>Respiraciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="126"/>
        <source>Hold</source>
        <translation>Sostén</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="127"/>
        <source>Hold after</source>
        <translation>Sostén después</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="128"/>
        <source>During</source>
        <translation>Durante</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="128"/>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="129"/>
        <source>At</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="129"/>
        <source>How many</source>
        <translation>Cuántas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="131"/>
        <source>Background</source>
        <translation>Fondo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="140"/>
        <source>Before you start: how do you feel right now? (optional)</source>
        <translation>Antes de empezar: ¿cómo te sientes ahora mismo? (opcional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="145"/>
        <source>Your presets</source>
        <translation>Tus ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="148"/>
        <source>Name this setup</source>
        <translation>Nombra esta configuración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="149"/>
        <source>Preset name</source>
        <translation>Nombre del ajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="150"/>
        <source>A name to save these choices under</source>
        <translation>Un nombre para guardar estas opciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="151"/>
        <location filename="../../app/ui/practice/setup.py" line="152"/>
        <source>Save preset</source>
        <translation>Guardar ajuste</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="153"/>
        <source>Keep these choices under the name</source>
        <translation>Guardar estas opciones con el nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="155"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="156"/>
        <source>Delete preset</source>
        <translation>Eliminar el ajuste guardado</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="157"/>
        <source>Forget the chosen preset</source>
        <translation>Olvidar el ajuste guardado elegido</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="159"/>
        <source>Presets</source>
        <translation>Ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="169"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="171"/>
        <source>Choose another practice</source>
        <translation>Elegir otra práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="173"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="175"/>
        <source>Start the practice</source>
        <translation>Empezar la práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="176"/>
        <source>Begin with the time to settle</source>
        <translation>Empieza con el tiempo para asentarte</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="86"/>
        <source>← All readings</source>
        <translation>← Todas las lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="87"/>
        <source>Back to all readings</source>
        <translation>Volver a todas las lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="88"/>
        <source>Back to the library (Alt+Left)</source>
        <translation>Volver a la biblioteca (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="94"/>
        <source>Reading status</source>
        <translation>Estado de la lectura</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="96"/>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="97"/>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="98"/>
        <source>Smaller text (Ctrl+-)</source>
        <translation>Texto más pequeño (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="101"/>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="102"/>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="103"/>
        <source>Larger text (Ctrl++)</source>
        <translation>Texto más grande (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="106"/>
        <location filename="../../app/ui/readings/article_view.py" line="108"/>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="109"/>
        <source>Marks this reading as read in the library; press again to mark it unread</source>
        <translation>Marca esta lectura como leída en la biblioteca; pulsa de nuevo para marcarla como no leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="116"/>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="22"/>
        <location filename="../../app/ui/settings/sections/general.py" line="27"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="23"/>
        <source>Light, dark, or follow the system</source>
        <translation>Claro, oscuro o el del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="25"/>
        <source>Follow the system</source>
        <translation>Seguir al sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="25"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="25"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="30"/>
        <location filename="../../app/ui/settings/sections/general.py" line="36"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="31"/>
        <source>Make all text larger, up to twice the normal size</source>
        <translation>Agranda todo el texto, hasta el doble del tamaño normal</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="33"/>
        <source>Normal (100%)</source>
        <translation>Normal (100 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="33"/>
        <source>Larger (125%)</source>
        <translation>Más grande (125 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="33"/>
        <source>Large (150%)</source>
        <translation>Grande (150 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="34"/>
        <source>Very large (200%)</source>
        <translation>Muy grande (200 %)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="45"/>
        <source>No growing shapes or animations: breathing is shown as words and a bar.</source>
        <translation>Sin formas que crecen ni animaciones: la respiración se muestra con palabras y una barra.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="119"/>
        <location filename="../../app/ui/settings/sections/general.py" line="38"/>
        <location filename="../../app/ui/settings/sections/general.py" line="39"/>
        <source>Reduce motion</source>
        <translation>Reducir el movimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="41"/>
        <source>Show breathing as text and a bar instead of a moving shape</source>
        <translation>Mostrar la respiración como texto y una barra en lugar de una forma en movimiento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="26"/>
        <source> min a day</source>
        <translation> min al día</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="27"/>
        <location filename="../../app/ui/settings/sections/journal.py" line="31"/>
        <source>Daily goal</source>
        <translation>Meta diaria</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="28"/>
        <source>A day counts toward your streak when you practise at least this many minutes</source>
        <translation>Un día cuenta para tu racha cuando practicas al menos estos minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="34"/>
        <location filename="../../app/ui/settings/sections/journal.py" line="39"/>
        <source>A day starts at</source>
        <translation>El día empieza a las</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="36"/>
        <source>Night owls: sessions before this hour count for the day before</source>
        <translation>Para noctámbulos: las sesiones antes de esta hora cuentan para el día anterior</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="38"/>
        <source>Midnight (00:00)</source>
        <translation>Medianoche (00:00)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="42"/>
        <location filename="../../app/ui/settings/sections/journal.py" line="48"/>
        <source>Rest days</source>
        <translation>Días de descanso</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="44"/>
        <source>Days off that keep a streak alive without adding to it, in any 7 days</source>
        <translation>Días libres que mantienen viva una racha sin sumarle, en cualquier período de 7 días</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="46"/>
        <source>1 in any 7 days</source>
        <translation>1 de cada 7 días</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="46"/>
        <source>2 in any 7 days</source>
        <translation>2 de cada 7 días</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="47"/>
        <source>3 in any 7 days</source>
        <translation>3 de cada 7 días</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="50"/>
        <source>Hide streak numbers</source>
        <translation>Ocultar los números de racha</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="51"/>
        <source>Hide streaks</source>
        <translation>Ocultar rachas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="53"/>
        <source>Show gentle consistency, such as 5 of the last 7 days, instead of streak numbers</source>
        <translation>Mostrar una constancia amable, como 5 de los últimos 7 días, en lugar de números de racha</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="56"/>
        <source>Show how many of the last 7 days you practised instead.</source>
        <translation>Mostrar en su lugar cuántos de los últimos 7 días practicaste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="60"/>
        <source>Changing these recalculates your figures from your sessions; your sessions themselves are never changed.</source>
        <translation>Al cambiar esto se recalculan tus cifras a partir de tus sesiones; las sesiones en sí nunca se modifican.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="25"/>
        <source>Default timer length</source>
        <translation>Duración habitual del temporizador</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="26"/>
        <source>How long the open timer runs unless you change it</source>
        <translation>Cuánto dura el temporizador libre si no lo cambias</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="28"/>
        <source>Timer length</source>
        <translation>Duración del temporizador</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="34"/>
        <source>A quiet countdown before each practice begins</source>
        <translation>Una cuenta atrás tranquila antes de empezar cada práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="39"/>
        <source>Ask how I feel</source>
        <translation>Preguntar cómo me siento</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="40"/>
        <source>Before and after each practice: a five-step question you can always skip. The answers stay in your log on this computer.</source>
        <translation>Antes y después de cada práctica: una pregunta de cinco niveles que siempre puedes saltar. Las respuestas se quedan en tu diario, en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="42"/>
        <source>Keep the screen on</source>
        <translation>Mantener la pantalla encendida</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="43"/>
        <source>Asks the system not to dim or lock the screen while a practice runs.</source>
        <translation>Pide al sistema que no oscurezca ni bloquee la pantalla durante una práctica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="45"/>
        <source>Breathing practices play a quiet sound when you switch between in and out.</source>
        <translation>Las prácticas de respiración tocan un sonido suave al pasar de inhalar a exhalar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="46"/>
        <source>Start in full window</source>
        <translation>Empezar en ventana completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="47"/>
        <source>Hide everything but the practice; press F or Esc to come back.</source>
        <translation>Ocultar todo menos la práctica; pulsa F o Esc para volver.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/readings.py" line="21"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/readings.py" line="22"/>
        <location filename="../../app/ui/settings/sections/readings.py" line="34"/>
        <source>Reading text size</source>
        <translation>Tamaño del texto de lectura</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/readings.py" line="23"/>
        <source>The size of the text when you read an article</source>
        <translation>El tamaño del texto al leer un artículo</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="59"/>
        <source>No sound device found. Practices still run with captions; bells and voices stay silent.</source>
        <translation>No se encontró ningún dispositivo de sonido. Las prácticas funcionan con subtítulos; las campanas y las voces quedan en silencio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="69"/>
        <source>Overall volume</source>
        <translation>Volumen general</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="69"/>
        <source>Everything Rewire plays</source>
        <translation>Todo lo que suena en Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="70"/>
        <source>Bell volume</source>
        <translation>Volumen de las campanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="70"/>
        <source>Bells and the soft breathing tick</source>
        <translation>Las campanas y el tic suave de la respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="71"/>
        <source>Soundscape volume</source>
        <translation>Volumen del paisaje sonoro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="71"/>
        <source>Rain, ocean and other backgrounds</source>
        <translation>Lluvia, mar y otros fondos</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="72"/>
        <source>Voice volume</source>
        <translation>Volumen de la voz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="72"/>
        <source>Spoken guidance and recorded guides</source>
        <translation>Guía hablada y guías grabadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="84"/>
        <source>The bell that starts and ends a practice</source>
        <translation>La campana que abre y cierra una práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="86"/>
        <source>Listen</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="87"/>
        <source>Listen to the bell</source>
        <translation>Escuchar la campana</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="88"/>
        <source>Plays the chosen bell once</source>
        <translation>Toca una vez la campana elegida</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="96"/>
        <location filename="../../app/ui/settings/sections/sound.py" line="100"/>
        <source>Soundscape</source>
        <translation>Paisaje sonoro</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="97"/>
        <source>A quiet background during practice</source>
        <translation>Un fondo tranquilo durante la práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="102"/>
        <location filename="../../app/ui/settings/sections/sound.py" line="103"/>
        <source>Speak the guidance aloud</source>
        <translation>Leer la guía en voz alta</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="105"/>
        <source>Uses the computer&apos;s voice where a practice has no recording; captions are always shown</source>
        <translation>Usa la voz del equipo cuando una práctica no tiene grabación; los subtítulos siempre se muestran</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="110"/>
        <location filename="../../app/ui/settings/sections/sound.py" line="117"/>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="113"/>
        <source>System default</source>
        <translation>La del sistema</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="116"/>
        <source>No speech engine was found on this computer.</source>
        <translation>No se encontró ningún motor de voz en este equipo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="120"/>
        <location filename="../../app/ui/settings/sections/sound.py" line="124"/>
        <source>Speaking rate</source>
        <translation>Velocidad de la voz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="121"/>
        <source>Slower to the left, faster to the right</source>
        <translation>Más lento a la izquierda, más rápido a la derecha</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="126"/>
        <source>Import a recording...</source>
        <translation>Importar una grabación...</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="128"/>
        <source>Add a guided meditation or a bell of your own: WAV, MP3, OGG, FLAC or M4A</source>
        <translation>Añade una meditación guiada o una campana propia: WAV, MP3, OGG, FLAC o M4A</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="130"/>
        <source>Your recordings</source>
        <translation>Tus grabaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="135"/>
        <source>Recording to remove</source>
        <translation>Grabación que quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="136"/>
        <source>One of the recordings in your library</source>
        <translation>Una de las grabaciones de tu biblioteca</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="137"/>
        <source>Remove...</source>
        <translation>Quitar...</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="138"/>
        <source>Remove the chosen recording</source>
        <translation>Quitar la grabación elegida</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="140"/>
        <source>Takes it out of your library; the file you imported it from is not touched</source>
        <translation>La quita de tu biblioteca; el archivo del que la importaste no se toca</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="162"/>
        <source>Your recording: %s</source>
        <translation>Tu grabación: %s</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="173"/>
        <source>In your library: %s.</source>
        <translation>En tu biblioteca: %s.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="175"/>
        <source>No recordings yet.</source>
        <translation>Todavía no hay grabaciones.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/dialogs.py" line="82"/>
        <source>Rewire keeps everything on this computer. It never connects to the internet.</source>
        <translation>Rewire guarda todo en este equipo. Nunca se conecta a internet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/dialogs.py" line="92"/>
        <source>About Rewire</source>
        <translation>Acerca de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/dialogs.py" line="122"/>
        <source>If you are in crisis</source>
        <translation>Si estás en crisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/dialogs.py" line="131"/>
        <source>Open my support plan</source>
        <translation>Abrir mi plan de apoyo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/dialogs.py" line="132"/>
        <source>Your warning signs, what helps and who you can call</source>
        <translation>Tus señales de alerta, lo que te ayuda y a quién puedes llamar</translation>
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
        <location filename="../../app/core/plans.py" line="145"/>
        <source>&quot;{key}&quot; must be text</source>
        <translation>&quot;{key}&quot; debe ser texto</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="148"/>
        <source>&quot;{key}&quot; is missing</source>
        <translation>falta &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="150"/>
        <source>&quot;{key}&quot; is longer than {limit} characters</source>
        <translation>&quot;{key}&quot; tiene más de {limit} caracteres</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="157"/>
        <source>{what} must be a date like &quot;2026-12-01&quot;</source>
        <translation>{what} debe ser una fecha como &quot;2026-12-01&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="161"/>
        <source>{what} &quot;{value}&quot; is not a date like &quot;2026-12-01&quot;</source>
        <translation>{what} &quot;{value}&quot; no es una fecha como &quot;2026-12-01&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="169"/>
        <source>item {n}: &quot;practice&quot; must name a practice</source>
        <translation>elemento {n}: &quot;practice&quot; debe nombrar una práctica</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="171"/>
        <source>item {n}: Rewire has no practice called &quot;{id}&quot;</source>
        <translation>elemento {n}: Rewire no tiene ninguna práctica llamada &quot;{id}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="174"/>
        <source>item {n}: &quot;minutes&quot; must be a whole number from 1 to 600</source>
        <translation>elemento {n}: &quot;minutes&quot; debe ser un número entero del 1 al 600</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="177"/>
        <source>item {n}: &quot;per&quot; must be &quot;day&quot; or &quot;week&quot;</source>
        <translation>elemento {n}: &quot;per&quot; debe ser &quot;day&quot; o &quot;week&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="179"/>
        <source>item {n}: more than 180 minutes a day is not a reasonable plan</source>
        <translation>elemento {n}: más de 180 minutos al día no es un plan razonable</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="182"/>
        <source>item {n}: a practice for one &quot;day&quot; must have &quot;per&quot;: &quot;day&quot;</source>
        <translation>elemento {n}: una práctica para un solo &quot;day&quot; debe tener &quot;per&quot;: &quot;day&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="191"/>
        <source>item {n}: &quot;day&quot; must be a whole number from 1 to {days}</source>
        <translation>elemento {n}: &quot;day&quot; debe ser un número entero del 1 al {days}</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="200"/>
        <source>item {n}: &quot;read&quot; must name a reading</source>
        <translation>elemento {n}: &quot;read&quot; debe nombrar una lectura</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="202"/>
        <source>item {n}: Rewire has no reading called &quot;{id}&quot;</source>
        <translation>elemento {n}: Rewire no tiene ninguna lectura llamada &quot;{id}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="207"/>
        <source>item {n} has both &quot;by&quot; and &quot;day&quot;; use one</source>
        <translation>el elemento {n} tiene &quot;by&quot; y &quot;day&quot; a la vez; usa solo uno</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="218"/>
        <source>&quot;days&quot; must be a whole number from 1 to {days}</source>
        <translation>&quot;days&quot; debe ser un número entero del 1 al {days}</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="220"/>
        <source>&quot;starts&quot; is missing</source>
        <translation>falta &quot;starts&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="223"/>
        <source>a plan gives either &quot;days&quot; or &quot;starts&quot; and &quot;ends&quot;, not both</source>
        <translation>un plan indica &quot;days&quot; o &quot;starts&quot; y &quot;ends&quot;, no ambos</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="240"/>
        <source>&quot;translations&quot; must map languages to texts, like {{&quot;es&quot;: {{&quot;title&quot;: &quot;...&quot;}}}}</source>
        <translation>&quot;translations&quot; debe asignar textos a cada idioma, como {{&quot;es&quot;: {{&quot;title&quot;: &quot;...&quot;}}}}</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="255"/>
        <source>it does not hold a plan (a JSON object)</source>
        <translation>no contiene un plan (un objeto JSON)</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="257"/>
        <source>it is not a Rewire plan (&quot;format&quot; must be &quot;{format}&quot;)</source>
        <translation>no es un plan de Rewire (&quot;format&quot; debe ser &quot;{format}&quot;)</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="260"/>
        <source>&quot;version&quot; must be a whole number</source>
        <translation>&quot;version&quot; debe ser un número entero</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="262"/>
        <source>it was made for a newer Rewire (plan version {version}); please update Rewire</source>
        <translation>se hizo para un Rewire más nuevo (versión de plan {version}); actualiza Rewire, por favor</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="301"/>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="227"/>
        <source>&quot;ends&quot; is before &quot;starts&quot;</source>
        <translation>&quot;ends&quot; es anterior a &quot;starts&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="229"/>
        <source>a plan can last at most {days} days</source>
        <translation>un plan puede durar como máximo {days} días</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="271"/>
        <source>&quot;items&quot; must be a list with at least one item</source>
        <translation>&quot;items&quot; debe ser una lista con al menos un elemento</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="273"/>
        <source>a plan can have at most {items} items</source>
        <translation>un plan puede tener como máximo {items} elementos</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="277"/>
        <source>item {n} is not an object</source>
        <translation>el elemento {n} no es un objeto</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="279"/>
        <source>item {n} has both &quot;practice&quot; and &quot;read&quot;; use two items</source>
        <translation>el elemento {n} tiene &quot;practice&quot; y &quot;read&quot; a la vez; usa dos elementos</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="285"/>
        <source>item {n} needs &quot;practice&quot; or &quot;read&quot;</source>
        <translation>el elemento {n} necesita &quot;practice&quot; o &quot;read&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="303"/>
        <source>the file could not be read ({reason})</source>
        <translation>no se pudo leer el archivo ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/core/plans.py" line="358"/>
        <source>the plan could not be saved in {folder} ({reason})</source>
        <translation>no se pudo guardar el plan en {folder} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="69"/>
        <source>appointment {n} is not an object</source>
        <translation>la cita {n} no es un objeto</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="73"/>
        <source>appointment {n}: &quot;date&quot; must be a date like &quot;2026-12-03&quot;</source>
        <translation>cita {n}: &quot;date&quot; debe ser una fecha como &quot;2026-12-03&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="81"/>
        <source>appointment {n}: &quot;time&quot; must be a time like &quot;16:00&quot;</source>
        <translation>cita {n}: &quot;time&quot; debe ser una hora como &quot;16:00&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="87"/>
        <source>appointment {n}: &quot;{zone}&quot; is not a time zone</source>
        <translation>cita {n}: &quot;{zone}&quot; no es una zona horaria</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="94"/>
        <source>&quot;checkins&quot; must be an object</source>
        <translation>&quot;checkins&quot; debe ser un objeto</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="98"/>
        <source>&quot;checkins&quot;: &quot;instruments&quot; must list &quot;phq9&quot;, &quot;gad7&quot; or both</source>
        <translation>&quot;checkins&quot;: &quot;instruments&quot; debe incluir &quot;phq9&quot;, &quot;gad7&quot; o ambos</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="102"/>
        <source>&quot;checkins&quot;: &quot;every_days&quot; must be a whole number from 1 to {max}</source>
        <translation>&quot;checkins&quot;: &quot;every_days&quot; debe ser un número entero del 1 al {max}</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="106"/>
        <source>&quot;checkins&quot;: &quot;before_appointments&quot; must be true or false</source>
        <translation>&quot;checkins&quot;: &quot;before_appointments&quot; debe ser true o false</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="108"/>
        <source>&quot;checkins&quot; needs &quot;every_days&quot; or &quot;before_appointments&quot;</source>
        <translation>&quot;checkins&quot; necesita &quot;every_days&quot; o &quot;before_appointments&quot;</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="117"/>
        <source>&quot;appointments&quot; must be a list of at most {max} appointments</source>
        <translation>&quot;appointments&quot; debe ser una lista de {max} citas como máximo</translation>
    </message>
    <message>
        <location filename="../../app/core/plan_extras.py" line="126"/>
        <source>&quot;support_plan&quot;: {problem}</source>
        <translation>&quot;support_plan&quot;: {problem}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../app/ui/shell/app.py" line="128"/>
        <source>Rewire is already open. Please use its window.</source>
        <translation>Rewire ya está abierto. Usa su ventana, por favor.</translation>
    </message>
</context>
<context>
    <name>ArticleCard</name>
    <message numerus="yes">
        <location filename="../../app/ui/readings/library.py" line="114"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="117"/>
        <source>In English</source>
        <translation>En inglés</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="128"/>
        <source>Open “{0}”</source>
        <translation>Abrir «{0}»</translation>
    </message>
</context>
<context>
    <name>ArticleView</name>
    <message numerus="yes">
        <location filename="../../app/ui/readings/article_view.py" line="163"/>
        <source>%n min read</source>
        <translation>
            <numerusform>%n min de lectura</numerusform>
            <numerusform>%n min de lectura</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="172"/>
        <source>Try this practice</source>
        <translation>Prueba esta práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="173"/>
        <source>Keep reading</source>
        <translation>Sigue leyendo</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="166"/>
        <source>This reading is in English.</source>
        <translation>Esta lectura está en inglés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="197"/>
        <source>Try this practice:</source>
        <translation>Prueba esta práctica:</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="203"/>
        <source>Try this practice: {0}</source>
        <translation>Prueba esta práctica: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/readings/article_view.py" line="232"/>
        <source>%n match(es) for “{0}” highlighted</source>
        <translation>
            <numerusform>%n coincidencia con «{0}» resaltada</numerusform>
            <numerusform>%n coincidencias con «{0}» resaltadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="280"/>
        <source>✓ Read</source>
        <translation>✓ Leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="280"/>
        <location filename="../../app/ui/readings/article_view.py" line="282"/>
        <source>Mark as read</source>
        <translation>Marcar como leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="282"/>
        <source>Read; press to mark as unread</source>
        <translation>Leída; pulsa para marcarla como no leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/article_view.py" line="306"/>
        <source>Web links are turned off on this device.</source>
        <translation>Los enlaces web están desactivados en este dispositivo.</translation>
    </message>
</context>
<context>
    <name>BreathingOrb</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="93"/>
        <source>A slowly breathing circle</source>
        <translation>Un círculo que respira despacio</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="104"/>
        <source>Your counselor may ask you to answer these questions before your sessions. It takes about two minutes. Your answers stay on this computer and appear only in a session summary you choose to make.</source>
        <translation>Tu terapeuta puede pedirte que respondas estas preguntas antes de tus sesiones. Toma unos dos minutos. Tus respuestas se quedan en esta computadora y solo aparecen en un resumen de sesión que tú decidas hacer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="109"/>
        <source>This questionnaire is shown in English: its authors&apos; translation into your language is not in Rewire yet.</source>
        <translation>Este cuestionario aparece en inglés: la traducción al español de sus autores todavía no está en Rewire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="113"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="123"/>
        <source>Skip for now</source>
        <translation>Omitir por ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="124"/>
        <source>Close the check-in without answering; it is not asked again until the next one is due</source>
        <translation>Cierra el cuestionario sin responder; no se vuelve a pedir hasta que toque el siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="147"/>
        <source>Thank you for answering honestly. If you are having these thoughts, you do not have to wait for your next session: help is there right now, and it is on the next page.</source>
        <translation>Gracias por responder con sinceridad. Si tienes estos pensamientos, no tienes que esperar a tu próxima sesión: hay ayuda ahora mismo, y está en la página siguiente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="155"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="157"/>
        <location filename="../../app/ui/counselor/checkin.py" line="230"/>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="171"/>
        <source>You do not have to carry this alone</source>
        <translation>No tienes que cargar con esto a solas</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="173"/>
        <source>Thoughts of being better off dead or of hurting yourself deserve care right now. Please reach out to one of these, today:</source>
        <translation>Los pensamientos de que estarías mejor muerto o de hacerte daño merecen atención ahora mismo. Por favor, comunícate hoy con alguno de estos:</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="181"/>
        <source>Your answer is marked in your session summary so your counselor sees it.</source>
        <translation>Tu respuesta queda marcada en tu resumen de sesión para que tu terapeuta la vea.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="184"/>
        <source>Open my support plan</source>
        <translation>Abrir mi plan de apoyo</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="186"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="206"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="217"/>
        <source>Question {0} of {1}</source>
        <translation>Pregunta {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="230"/>
        <source>Finish</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="273"/>
        <source>Your score: {0} of {1}</source>
        <translation>Tu puntuación: {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="276"/>
        <source>The questionnaire&apos;s authors call scores from {0} to {1} “{2}”.</source>
        <translation>Los autores del cuestionario llaman «{2}» a las puntuaciones de {0} a {1}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="278"/>
        <source>It is a score to talk over with your counselor, not a diagnosis.</source>
        <translation>Es una puntuación para conversar con tu terapeuta, no un diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="280"/>
        <source>It could not be saved in your practice log.</source>
        <translation>No se pudo guardar en tu registro de práctica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="286"/>
        <source>minimal</source>
        <translation>mínima</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="286"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="287"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="288"/>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/checkin.py" line="289"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
</context>
<context>
    <name>ContactRows</name>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="53"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="54"/>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="56"/>
        <source>{0}: name {1}</source>
        <translation>{0}: nombre {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="57"/>
        <source>{0}: phone number {1}</source>
        <translation>{0}: número de teléfono {1}</translation>
    </message>
</context>
<context>
    <name>Counselor</name>
    <message>
        <location filename="../../app/ui/counselor/actions.py" line="65"/>
        <source>dddd, MMMM d</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/actions.py" line="66"/>
        <source>{0} at {1}</source>
        <translation>{0} a las {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/actions.py" line="77"/>
        <source>Next session: today at {0}</source>
        <translation>Próxima sesión: hoy a las {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/actions.py" line="79"/>
        <source>Next session: tomorrow at {0}</source>
        <translation>Próxima sesión: mañana a las {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/actions.py" line="82"/>
        <source>Next session: {0} at {1}</source>
        <translation>Próxima sesión: el {0} a las {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/actions.py" line="84"/>
        <source>Next session: {0}</source>
        <translation>Próxima sesión: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="353"/>
        <source>MMM d</source>
        <translation>d &apos;de&apos; MMM</translation>
    </message>
</context>
<context>
    <name>CounselorCard</name>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="35"/>
        <source>My counselor</source>
        <translation>Mi terapia</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="41"/>
        <source>Prepare for my session</source>
        <translation>Prepararme para mi sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="42"/>
        <source>Check-ins, the notes you share and a summary to bring</source>
        <translation>Cuestionarios, las notas que compartes y un resumen para llevar</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="51"/>
        <source>Take it now</source>
        <translation>Responder ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="51"/>
        <source>Take the check-in now</source>
        <translation>Responder el cuestionario ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="52"/>
        <source>About two minutes; your answers stay here</source>
        <translation>Unos dos minutos; tus respuestas se quedan aquí</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="54"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="54"/>
        <source>Skip this check-in</source>
        <translation>Omitir este cuestionario</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="55"/>
        <source>It is not asked again until the next one is due</source>
        <translation>No se vuelve a pedir hasta que toque el siguiente</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/counselor_card.py" line="87"/>
        <source>Your counselor asked for a check-in: {0}</source>
        <translation>Tu terapeuta te pidió un cuestionario: {0}</translation>
    </message>
</context>
<context>
    <name>CounselorPage</name>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="65"/>
        <source>My counselor</source>
        <translation>Mi terapia</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="66"/>
        <source>Everything here stays on this computer until you print or save it.</source>
        <translation>Todo lo de aquí se queda en esta computadora hasta que lo imprimas o lo guardes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="93"/>
        <source>My sessions</source>
        <translation>Mis sesiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="100"/>
        <source>Add the date and time of a session:</source>
        <translation>Agrega la fecha y la hora de una sesión:</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="104"/>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="105"/>
        <source>The day of your next session</source>
        <translation>El día de tu próxima sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="107"/>
        <source>Session time</source>
        <translation>Hora de la sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="108"/>
        <source>The time it starts, at the clinic</source>
        <translation>La hora en que empieza, en la consulta</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="109"/>
        <source>Add session</source>
        <translation>Agregar sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="110"/>
        <source>Add this session to your list</source>
        <translation>Agregar esta sesión a tu lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="124"/>
        <source>Check-ins</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="127"/>
        <source>Mood (PHQ-9)</source>
        <translation>Ánimo (PHQ-9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="129"/>
        <source>Worry and anxiety (GAD-7)</source>
        <translation>Preocupación y ansiedad (GAD-7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="131"/>
        <source>Take the mood check-in (PHQ-9)</source>
        <translation>Responder el cuestionario de ánimo (PHQ-9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="133"/>
        <source>Take the worry and anxiety check-in (GAD-7)</source>
        <translation>Responder el cuestionario de preocupación y ansiedad (GAD-7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="135"/>
        <source>About two minutes; your answers stay here</source>
        <translation>Unos dos minutos; tus respuestas se quedan aquí</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="146"/>
        <source>Summary for my next session</source>
        <translation>Resumen para mi próxima sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="148"/>
        <source>A page to bring to your counselor: your practice, your homework, your check-ins and the notes you choose to share.</source>
        <translation>Una página para llevar a tu terapeuta: tu práctica, tu tarea, tus cuestionarios y las notas que decidas compartir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="154"/>
        <source>Period of the summary</source>
        <translation>Período del resumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="155"/>
        <source>Which days the summary covers</source>
        <translation>Qué días abarca el resumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="156"/>
        <source>Since my last session (or the last 2 weeks)</source>
        <translation>Desde mi última sesión (o las últimas 2 semanas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="158"/>
        <source>The last week</source>
        <translation>La última semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="159"/>
        <source>The last {0} weeks</source>
        <translation>Las últimas {0} semanas</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="163"/>
        <source>Notes I share with my counselor (none unless you tick them):</source>
        <translation>Notas que comparto con mi terapeuta (ninguna si no las marcas):</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="169"/>
        <source>No notes in this period.</source>
        <translation>No hay notas en este período.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="171"/>
        <location filename="../../app/ui/counselor/page.py" line="176"/>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="177"/>
        <source>A few words for the summary, kept on this computer</source>
        <translation>Unas palabras para el resumen, guardadas en esta computadora</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="182"/>
        <source>Preview the summary…</source>
        <translation>Ver el resumen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="185"/>
        <source>See the summary, then print it or save it as a PDF</source>
        <translation>Ver el resumen y luego imprimirlo o guardarlo como PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="192"/>
        <source>My support plan</source>
        <translation>Mi plan de apoyo</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="194"/>
        <source>Your warning signs, what helps, and who you can call when things get hard. It is also one click away in “If you are in crisis” (F1).</source>
        <translation>Tus señales de alerta, lo que te ayuda y a quién puedes llamar cuando las cosas se ponen difíciles. También está a un clic en «Si estás en crisis» (F1).</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="196"/>
        <source>Open my support plan</source>
        <translation>Abrir mi plan de apoyo</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="198"/>
        <source>Your warning signs, what helps and who you can call</source>
        <translation>Tus señales de alerta, lo que te ayuda y a quién puedes llamar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="217"/>
        <source>No session is set yet.</source>
        <translation>Todavía no hay ninguna sesión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="228"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="229"/>
        <source>Remove the session of {0}</source>
        <translation>Quitar la sesión del {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="231"/>
        <source>Take it off your list</source>
        <translation>Quitarla de tu lista</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="238"/>
        <source>Your counselor asked for: {0}</source>
        <translation>Tu terapeuta te pidió: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="240"/>
        <source>Take one when your counselor asks, or whenever you like.</source>
        <translation>Responde uno cuando tu terapeuta te lo pida, o cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="243"/>
        <source>{0} · {1}: {2} of {3}</source>
        <translation>{0} · {1}: {2} de {3}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="278"/>
        <source>Ticked: this note is in the summary</source>
        <translation>Marcada: esta nota aparece en el resumen</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="300"/>
        <source>That time has already passed.</source>
        <translation>Esa hora ya pasó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="301"/>
        <source>Please choose a date within the next year.</source>
        <translation>Elige una fecha dentro del próximo año.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="305"/>
        <source>The session could not be saved.</source>
        <translation>No se pudo guardar la sesión.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="325"/>
        <source>practice-summary-{0}.pdf</source>
        <translation>resumen-de-practica-{0}.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/page.py" line="333"/>
        <source>My practice summary</source>
        <translation>Mi resumen de práctica</translation>
    </message>
</context>
<context>
    <name>CourseCard</name>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="40"/>
        <source>Start here</source>
        <translation>Empieza aquí</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="49"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="49"/>
        <source>Start today&apos;s practice</source>
        <translation>Empezar la práctica de hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="52"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="52"/>
        <source>Open today&apos;s reading</source>
        <translation>Abrir la lectura de hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="58"/>
        <source>Start the seven days</source>
        <translation>Empezar los siete días</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="58"/>
        <source>Start the Start here course</source>
        <translation>Empezar el curso Empieza aquí</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="59"/>
        <source>Seven days: one short practice and one reading a day</source>
        <translation>Siete días: una práctica corta y una lectura al día</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="62"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="63"/>
        <source>Hide this offer (you can still choose any practice)</source>
        <translation>Ocultar esta invitación (igual puedes elegir cualquier práctica)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="66"/>
        <location filename="../../app/ui/home/course_card.py" line="122"/>
        <source>Stop the course</source>
        <translation>Dejar el curso</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="66"/>
        <source>Stop the Start here course</source>
        <translation>Dejar el curso Empieza aquí</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="67"/>
        <source>Take the course off Home (your practice log is not changed)</source>
        <translation>Quitar el curso del Inicio (tu registro de práctica no cambia)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="88"/>
        <source>New to practice? Seven days to find your feet.</source>
        <translation>¿Recién empiezas a practicar? Siete días para dar tus primeros pasos.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="89"/>
        <source>One short practice and one reading a day, about ten minutes in all. It works alongside any plan from your counselor, never instead of it.</source>
        <translation>Una práctica corta y una lectura al día, unos diez minutos en total. Acompaña cualquier plan de tu terapeuta, nunca lo reemplaza.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="97"/>
        <source>You finished Start here. Well done.</source>
        <translation>Terminaste Empieza aquí. Muy bien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="98"/>
        <source>Keep the practices you liked: they are all on the Practice page.</source>
        <translation>Quédate con las prácticas que te gustaron: están todas en la página Práctica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="101"/>
        <source>Remove from Home</source>
        <translation>Quitar del Inicio</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="103"/>
        <source>Day {0} of {1}</source>
        <translation>Día {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="112"/>
        <source>Practice: {0}. Done today.</source>
        <translation>Práctica: {0}. Hecha hoy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="113"/>
        <source>Practice: {0}.</source>
        <translation>Práctica: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="117"/>
        <source>Read: “{0}”. Done.</source>
        <translation>Lectura: «{0}». Hecha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="118"/>
        <source>Read: “{0}”.</source>
        <translation>Lectura: «{0}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/course_card.py" line="136"/>
        <source>Start here could not begin</source>
        <translation>No se pudo empezar Empieza aquí</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../app/ui/shell/i18n.py" line="38"/>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/i18n.py" line="39"/>
        <source>Given to you by</source>
        <translation>Te lo ofrece</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/i18n.py" line="40"/>
        <source>If you are in crisis</source>
        <translation>Si estás en crisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/i18n.py" line="41"/>
        <source>You do not have to go through this alone. Please reach out now:</source>
        <translation>No tienes que pasar por esto en soledad. Pide ayuda ahora:</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/i18n.py" line="42"/>
        <source>Rewire is a practice companion, not an emergency service.</source>
        <translation>Rewire es un acompañante para practicar, no un servicio de emergencias.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/i18n.py" line="43"/>
        <source>Open my support plan</source>
        <translation>Abrir mi plan de apoyo</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/i18n.py" line="44"/>
        <source>Your warning signs, what helps and who you can call</source>
        <translation>Tus señales de alerta, lo que te ayuda y a quién puedes llamar</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/dialogs.py" line="101"/>
        <source>Office hours: {0}</source>
        <translation>Horario de consulta: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/dialogs.py" line="102"/>
        <source>Office hours: ask your counselor, or call the office.</source>
        <translation>Horario de consulta: pregúntale a tu terapeuta o llama a la consulta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/dialogs.py" line="126"/>
        <source>SOS: when panic rises</source>
        <translation>SOS: cuando sube el pánico</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/dialogs.py" line="127"/>
        <source>Start three minutes of grounding and long out-breaths now</source>
        <translation>Empieza ahora tres minutos para anclarte y exhalar despacio</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../app/ui/shell/errors.py" line="59"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/errors.py" line="60"/>
        <source>Rewire ran into a problem, but your practice log is safe and you can keep going.</source>
        <translation>Rewire tuvo un problema, pero tu diario de práctica está a salvo y puedes seguir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/errors.py" line="63"/>
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
        <location filename="../../app/ui/home/cards.py" line="40"/>
        <source>dddd, MMMM d, yyyy</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="42"/>
        <source>dddd, MMMM d</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../app/ui/home/page.py" line="39"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="86"/>
        <source>When panic rises, help is one click away.</source>
        <translation>Cuando sube el pánico, la ayuda está a un clic.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="89"/>
        <source>SOS: when panic rises</source>
        <translation>SOS: cuando sube el pánico</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="89"/>
        <source>Start SOS: when panic rises</source>
        <translation>Empezar SOS: cuando sube el pánico</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="90"/>
        <source>Three minutes of grounding through the feet and long out-breaths, starting now</source>
        <translation>Tres minutos para anclarte con los pies y exhalar despacio, desde ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="98"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="102"/>
        <source>Minutes practised today, against your daily goal</source>
        <translation>Minutos practicados hoy, frente a tu meta diaria</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="122"/>
        <location filename="../../app/ui/home/page.py" line="127"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="127"/>
        <source>Continue your last practice</source>
        <translation>Continuar tu última práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="128"/>
        <source>Start your last practice again with the same settings</source>
        <translation>Vuelve a empezar tu última práctica con los mismos ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="134"/>
        <source>Suggested for you</source>
        <translation>Sugerida para ti</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="142"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="142"/>
        <source>Start the suggested practice</source>
        <translation>Empezar la práctica sugerida</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="143"/>
        <source>Open the suggested practice, ready to begin</source>
        <translation>Abre la práctica sugerida, lista para empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="149"/>
        <source>A reading for you</source>
        <translation>Una lectura para ti</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="157"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="157"/>
        <source>Read the suggested article</source>
        <translation>Leer el artículo sugerido</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="158"/>
        <source>Open this reading in Readings</source>
        <translation>Abre esta lectura en Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="179"/>
        <source>Good morning</source>
        <translation>Buenos días</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="179"/>
        <source>Good afternoon</source>
        <translation>Buenas tardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="180"/>
        <source>Good evening</source>
        <translation>Buenas noches</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="180"/>
        <source>Hello</source>
        <translation>Hola</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="191"/>
        <source>{0} · {1} min</source>
        <translation>{0} · {1} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="194"/>
        <source>Your last practice will appear here, ready to start again with one click.</source>
        <translation>Tu última práctica aparecerá aquí, lista para empezar de nuevo con un clic.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="198"/>
        <location filename="../../app/ui/home/page.py" line="285"/>
        <source>Part of your homework plan.</source>
        <translation>Forma parte de tu plan de tareas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="199"/>
        <source>Today&apos;s practice in Start here.</source>
        <translation>La práctica de hoy en Empieza aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="200"/>
        <source>Three minutes: a good first practice.</source>
        <translation>Tres minutos: una buena primera práctica.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="201"/>
        <source>A gentle way to begin the day.</source>
        <translation>Una forma suave de empezar el día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="202"/>
        <source>A short reset for the middle of the day.</source>
        <translation>Una pausa breve para la mitad del día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="203"/>
        <source>Something to help the day settle.</source>
        <translation>Algo para ayudar a que el día se asiente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="204"/>
        <source>Slow breathing that can help you wind down.</source>
        <translation>Respiración lenta que puede ayudarte a relajarte.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="246"/>
        <source>of {0} min</source>
        <translation>de {0} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="247"/>
        <source>Today: {0} of {1} minutes</source>
        <translation>Hoy: {0} de {1} minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="249"/>
        <source>Your practice log is not available just now, so today&apos;s minutes cannot be shown.</source>
        <translation>Tu diario de práctica no está disponible ahora, así que no se pueden mostrar los minutos de hoy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="252"/>
        <source>You reached today&apos;s goal. Well done.</source>
        <translation>Alcanzaste la meta de hoy. Muy bien.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="254"/>
        <source>A few minutes count. Your daily goal is {0} min.</source>
        <translation>Unos pocos minutos cuentan. Tu meta diaria es de {0} min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="258"/>
        <source>{0} more min to reach today&apos;s goal.</source>
        <translation>{0} min más para alcanzar la meta de hoy.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="260"/>
        <source>You practised on {0} of the last 7 days.</source>
        <translation>Practicaste {0} de los últimos 7 días.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="262"/>
        <source>Practise today to start a streak.</source>
        <translation>Practica hoy para empezar una racha.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="264"/>
        <source>Streak: 1 day</source>
        <translation>Racha: 1 día</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="266"/>
        <source>Streak: {0} days</source>
        <translation>Racha: {0} días</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="272"/>
        <source>You have read every article. Thank you.</source>
        <translation>Has leído todos los artículos. Gracias.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="273"/>
        <source>Readings are always there to return to.</source>
        <translation>Las lecturas siempre están ahí para volver a ellas.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="284"/>
        <source>Your plan asks you to read this by {0}.</source>
        <translation>Tu plan te pide leer esto antes del {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="287"/>
        <source>A reading from Start here.</source>
        <translation>Una lectura de Empieza aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="289"/>
        <source>You started this one. Pick up where you left off.</source>
        <translation>Ya empezaste esta. Sigue donde lo dejaste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/page.py" line="293"/>
        <source>(This reading is in English.)</source>
        <translation>(Esta lectura está en inglés).</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <location filename="../../app/ui/journal/page.py" line="78"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="79"/>
        <source>Every session you practise, kept on this computer.</source>
        <translation>Cada sesión que practicas, guardada en este equipo.</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../app/ui/journal/page.py" line="91"/>
        <location filename="../../app/ui/journal/page.py" line="210"/>
        <source>days in a row</source>
        <translation>días seguidos</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="92"/>
        <location filename="../../app/ui/journal/page.py" line="211"/>
        <source>longest run of days</source>
        <translation>racha más larga de días</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="93"/>
        <source>minutes in all</source>
        <translation>minutos en total</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="94"/>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="103"/>
        <source>Your year</source>
        <translation>Tu año</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="107"/>
        <source>Minutes per week</source>
        <translation>Minutos por semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="112"/>
        <location filename="../../app/ui/journal/page.py" line="243"/>
        <source>Recent sessions</source>
        <translation>Sesiones recientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="114"/>
        <source>Show recent</source>
        <translation>Mostrar recientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="115"/>
        <source>List your most recent sessions again</source>
        <translation>Volver a mostrar tus sesiones más recientes</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="125"/>
        <source>Session deleted.</source>
        <translation>Sesión eliminada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="126"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="126"/>
        <source>Put the deleted session back</source>
        <translation>Recuperar la sesión eliminada</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="138"/>
        <source>Add a session by hand…</source>
        <translation>Añadir una sesión a mano…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="139"/>
        <source>Record practice you did away from the computer</source>
        <translation>Anota la práctica que hiciste lejos del equipo</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="140"/>
        <source>Delete session</source>
        <translation>Eliminar la sesión</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="140"/>
        <source>Delete the selected session (you can undo)</source>
        <translation>Eliminar la sesión seleccionada (puedes deshacerlo)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="142"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="142"/>
        <source>Save every session as CSV or JSON</source>
        <translation>Guardar todas las sesiones como CSV o JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="143"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="143"/>
        <source>Add sessions from a CSV or JSON export</source>
        <translation>Añadir sesiones desde una exportación CSV o JSON</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="145"/>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="145"/>
        <source>Go back to one of the automatic backups</source>
        <translation>Volver a una de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="149"/>
        <source>Take a check-in…</source>
        <translation>Responder un cuestionario…</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="150"/>
        <source>The PHQ-9 (mood) or the GAD-7 (worry and anxiety)</source>
        <translation>El PHQ-9 (ánimo) o el GAD-7 (preocupación y ansiedad)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="162"/>
        <source>Your practice log cannot be used just now; see the message about it.</source>
        <translation>Tu diario de práctica no se puede usar ahora; consulta el mensaje sobre ello.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="207"/>
        <source>a steady rhythm matters more than a perfect run</source>
        <translation>un ritmo constante importa más que una racha perfecta</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="214"/>
        <source>minutes in all, {0:,} sessions on {1:,} days</source>
        <translation>minutos en total, {0:,} sesiones en {1:,} días</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="217"/>
        <source>{0:.0f} of {1} min</source>
        <translation>{0:.0f} de {1} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="218"/>
        <source>this week, against your goal</source>
        <translation>esta semana, frente a tu meta</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="247"/>
        <source>Sessions on {0}</source>
        <translation>Sesiones del {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="274"/>
        <source>Deleted {0} from {1:%d %b %Y}.</source>
        <translation>Se eliminó {0} del {1:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="296"/>
        <source>Session not added</source>
        <translation>La sesión no se añadió</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="305"/>
        <source>Mood (PHQ-9)</source>
        <translation>Ánimo (PHQ-9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="306"/>
        <source>Worry and anxiety (GAD-7)</source>
        <translation>Preocupación y ansiedad (GAD-7)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="311"/>
        <source>Take a check-in</source>
        <translation>Responder un cuestionario</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="320"/>
        <source>Export practice log</source>
        <translation>Exportar el diario de práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="321"/>
        <source>CSV for spreadsheets (*.csv);;JSON (*.json)</source>
        <translation>CSV para hojas de cálculo (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="331"/>
        <source>Export failed</source>
        <translation>La exportación falló</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="332"/>
        <source>Rewire could not write {0}: {1}</source>
        <translation>Rewire no pudo escribir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="335"/>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="336"/>
        <source>Your practice log was saved as {0}.</source>
        <translation>Tu diario de práctica se guardó como {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="344"/>
        <source>Import sessions</source>
        <translation>Importar sesiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="345"/>
        <source>Practice log exports (*.csv *.json);;All files (*)</source>
        <translation>Exportaciones del diario (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="349"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="349"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="361"/>
        <source>{0} — {1} sessions</source>
        <translation>{0} — {1} sesiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="364"/>
        <source>No backups yet</source>
        <translation>Todavía no hay copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="365"/>
        <source>Rewire makes a backup of your practice log once a day; there is none yet.</source>
        <translation>Rewire hace una copia de seguridad de tu diario una vez al día; todavía no hay ninguna.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="370"/>
        <source>Restore the practice log?</source>
        <translation>¿Restaurar el diario de práctica?</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="371"/>
        <source>Replace your practice log with this backup? Your log as it is now is backed up first.</source>
        <translation>¿Reemplazar tu diario de práctica por esta copia? Antes se guarda una copia de tu diario tal como está ahora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="378"/>
        <source>Restore failed</source>
        <translation>La restauración falló</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="380"/>
        <source>Practice log restored</source>
        <translation>Diario de práctica restaurado</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/page.py" line="381"/>
        <source>Your practice log now holds the {0} sessions of that backup.</source>
        <translation>Tu diario de práctica tiene ahora las {0} sesiones de esa copia.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="138"/>
        <source>If you are in crisis:</source>
        <translation>Si estás en crisis:</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="141"/>
        <source>More help:</source>
        <translation>Más ayuda:</translation>
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
        <location filename="../../app/ui/kiosk/player.py" line="125"/>
        <source>Begin now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="127"/>
        <location filename="../../app/ui/kiosk/player.py" line="194"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="129"/>
        <source>End practice</source>
        <translation>Terminar la práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="173"/>
        <source>Starting in {0}</source>
        <translation>Empieza en {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="174"/>
        <source>Settle in. Let your shoulders drop.</source>
        <translation>Acomódate. Deja caer los hombros.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="177"/>
        <source>{0}:{1:02d} left</source>
        <translation>quedan {0}:{1:02d}</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="178"/>
        <source>Paused · {0}</source>
        <translation>En pausa · {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="186"/>
        <source>Rest your attention on your breathing. When your mind wanders, gently come back.</source>
        <translation>Descansa la atención en tu respiración. Cuando la mente se distraiga, vuelve con suavidad.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/player.py" line="193"/>
        <source>Resume</source>
        <translation>Seguir</translation>
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
        <location filename="../../app/ui/kiosk/window.py" line="297"/>
        <source>Turn anonymous counts off</source>
        <translation>Desactivar el recuento anónimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="298"/>
        <source>Turn anonymous counts on</source>
        <translation>Activar el recuento anónimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="311"/>
        <source>Unlocked. Exit Rewire, or go back to the kiosk.</source>
        <translation>Desbloqueado. Sal de Rewire o vuelve al quiosco.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="313"/>
        <source>Rewire stopped after repeated crashes; the details are in the log file. Going back to the kiosk tries again.</source>
        <translation>Rewire se detuvo tras varios fallos seguidos; los detalles están en el archivo de registro. Al volver al quiosco se intenta de nuevo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="322"/>
        <source>Anonymous counts are on: {0} sessions so far. Export them with &apos;rewire kiosk export-counts FILE&apos;.</source>
        <translation>El recuento anónimo está activado: {0} sesiones hasta ahora. Expórtalo con &apos;rewire kiosk export-counts ARCHIVO&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/window.py" line="325"/>
        <source>Anonymous counts are off.</source>
        <translation>El recuento anónimo está desactivado.</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../app/ui/settings/sections/language.py" line="25"/>
        <location filename="../../app/ui/settings/sections/language.py" line="34"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/language.py" line="27"/>
        <source>The language of Rewire&apos;s words and guided practices</source>
        <translation>El idioma de los textos y de las prácticas guiadas de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/language.py" line="31"/>
        <source>Follow the system ({0})</source>
        <translation>Seguir al sistema ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/language.py" line="45"/>
        <source>The new language is used the next time Rewire starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se abra Rewire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/language.py" line="47"/>
        <source>Guided practices are read and captioned in this language too.</source>
        <translation>Las prácticas guiadas también se leen y subtitulan en este idioma.</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <location filename="../../app/ui/readings/library.py" line="152"/>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="153"/>
        <source>Short, honest readings on how practice and therapy change the brain.</source>
        <translation>Lecturas breves y honestas sobre cómo la práctica y la terapia cambian el cerebro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="164"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="183"/>
        <location filename="../../app/ui/readings/library.py" line="198"/>
        <location filename="../../app/ui/readings/library.py" line="204"/>
        <source>About this practice</source>
        <translation>Sobre esta práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="196"/>
        <source>More about {0}</source>
        <translation>Más sobre {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="200"/>
        <source>Contact details of {0} and about Rewire</source>
        <translation>Datos de contacto de {0} y acerca de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="212"/>
        <source>Search titles and text…</source>
        <translation>Buscar en títulos y texto…</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="214"/>
        <source>Search the readings</source>
        <translation>Buscar en las lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="216"/>
        <source>Finds words in the titles and the full text of every reading (Ctrl+F)</source>
        <translation>Busca palabras en los títulos y en el texto completo de cada lectura (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="219"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="222"/>
        <source>Topic filter</source>
        <translation>Filtro por tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="223"/>
        <source>Show only the readings on one topic</source>
        <translation>Mostrar solo las lecturas de un tema</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="224"/>
        <source>All topics</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="241"/>
        <source>✓ Read</source>
        <translation>✓ Leída</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="243"/>
        <source>Started</source>
        <translation>Empezada</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="244"/>
        <source>Unread</source>
        <translation>Sin leer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/readings/library.py" line="286"/>
        <source>%n reading(s) match “{0}”.</source>
        <translation>
            <numerusform>%n lectura coincide con «{0}».</numerusform>
            <numerusform>%n lecturas coinciden con «{0}».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="288"/>
        <source>No reading matches “{0}”. Try a shorter word, or choose “All topics”.</source>
        <translation>Ninguna lectura coincide con «{0}». Prueba una palabra más corta o elige «Todos los temas».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="83"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="84"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="85"/>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="86"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="87"/>
        <source>Counselor</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/pages.py" line="88"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="94"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="95"/>
        <source>Choose a section of Rewire</source>
        <translation>Elige una sección de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="103"/>
        <source>{0} (Ctrl+{1})</source>
        <translation>{0} (Ctrl+{1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="107"/>
        <location filename="../../app/ui/shell/main_window.py" line="109"/>
        <source>If you are in crisis</source>
        <translation>Si estás en crisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="111"/>
        <location filename="../../app/ui/shell/main_window.py" line="113"/>
        <source>Phone numbers for help right now (F1)</source>
        <translation>Teléfonos para recibir ayuda ahora mismo (F1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="115"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="117"/>
        <source>About Rewire</source>
        <translation>Acerca de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="119"/>
        <source>Version, and your counseling practice&apos;s contact details</source>
        <translation>Versión y datos de contacto de tu centro de terapia</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="304"/>
        <source>Your last sessions are not saved yet</source>
        <translation>Tus últimas sesiones todavía no están guardadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="305"/>
        <source>Rewire cannot write to its folders (is the disk full or read-only?). Your sessions are kept while this window is open: free some space, then close Rewire again.</source>
        <translation>Rewire no puede escribir en sus carpetas (¿el disco está lleno o es de solo lectura?). Tus sesiones se conservan mientras esta ventana siga abierta: libera algo de espacio y luego vuelve a cerrar Rewire.</translation>
    </message>
</context>
<context>
    <name>MaintenanceScreen</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="195"/>
        <source>This station is resting for a moment</source>
        <translation>Este puesto está descansando un momento</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="197"/>
        <source>It ran into a problem and is waiting for the staff. Please let the front desk know.</source>
        <translation>Tuvo un problema y está esperando al personal. Por favor, avisa en recepción.</translation>
    </message>
</context>
<context>
    <name>ManualSessionDialog</name>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="51"/>
        <source>Add a session by hand</source>
        <translation>Añadir una sesión a mano</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="53"/>
        <source>For practice you did away from the computer. It is marked as added by hand.</source>
        <translation>Para la práctica que hiciste lejos del equipo. Se marca como añadida a mano.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="58"/>
        <location filename="../../app/ui/journal/dialogs.py" line="59"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="67"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="68"/>
        <source>Started</source>
        <translation>Empezada</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="72"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="73"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="74"/>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="75"/>
        <source>Mood before</source>
        <translation>Ánimo antes</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="76"/>
        <source>Mood after</source>
        <translation>Ánimo después</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="77"/>
        <source>Mood before (1-5)</source>
        <translation>Ánimo antes (1-5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="78"/>
        <source>Mood after (1-5)</source>
        <translation>Ánimo después (1-5)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="81"/>
        <location filename="../../app/ui/journal/dialogs.py" line="82"/>
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
        <location filename="../../app/ui/practice/mood.py" line="40"/>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="40"/>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="40"/>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="40"/>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="41"/>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="46"/>
        <source>Mood {0}: {1}</source>
        <translation>Ánimo {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="51"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="52"/>
        <source>Skip the mood question</source>
        <translation>Saltar la pregunta de ánimo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="66"/>
        <source>That sounds hard. You do not have to carry it alone: help is here whenever you want it, and you can go on here too.</source>
        <translation>Eso suena difícil. No tienes que cargarlo a solas: la ayuda está aquí cuando la quieras, y también puedes seguir aquí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="75"/>
        <location filename="../../app/ui/practice/mood.py" line="76"/>
        <source>Crisis help</source>
        <translation>Ayuda en crisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="78"/>
        <source>Phone numbers, texts and chats for help right now</source>
        <translation>Teléfonos, mensajes de texto y chats para recibir ayuda ahora mismo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="81"/>
        <location filename="../../app/ui/practice/mood.py" line="82"/>
        <source>Open my support plan</source>
        <translation>Abrir mi plan de apoyo</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/mood.py" line="84"/>
        <source>Your warning signs, what helps and who you can call</source>
        <translation>Tus señales de alerta, lo que te ayuda y a quién puedes llamar</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../app/ui/shell/notices.py" line="46"/>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/notices.py" line="47"/>
        <source>Dismiss notice</source>
        <translation>Cerrar el aviso</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/notices.py" line="52"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="37"/>
        <source>Staff only</source>
        <translation>Solo personal</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="44"/>
        <source>PIN entered</source>
        <translation>PIN introducido</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="46"/>
        <location filename="../../app/ui/kiosk/pinpad.py" line="86"/>
        <source>Enter the staff PIN.</source>
        <translation>Introduce el PIN del personal.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="55"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="55"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="69"/>
        <source>Back to the welcome screen</source>
        <translation>Volver a la pantalla de bienvenida</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="79"/>
        <location filename="../../app/ui/kiosk/pinpad.py" line="110"/>
        <source>No staff PIN is set. On this computer, run &apos;rewire kiosk set-pin&apos; first.</source>
        <translation>No hay PIN del personal. En este equipo, ejecuta primero &apos;rewire kiosk set-pin&apos;.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="120"/>
        <source>That PIN is not right. Please wait {0} s before trying again.</source>
        <translation>Ese PIN no es correcto. Espera {0} s antes de volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/pinpad.py" line="123"/>
        <source>That PIN is not right. Please try again.</source>
        <translation>Ese PIN no es correcto. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <location filename="../../app/ui/home/cards.py" line="93"/>
        <source>Homework plan</source>
        <translation>Plan de tareas</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="106"/>
        <source>Import a plan…</source>
        <translation>Importar un plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="106"/>
        <source>Import a homework plan</source>
        <translation>Importar un plan de tareas</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="107"/>
        <source>Choose a plan file from your counselor (you can also drop it onto this window)</source>
        <translation>Elige un archivo de plan de tu terapeuta (también puedes soltarlo sobre esta ventana)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="111"/>
        <source>Remove plan</source>
        <translation>Quitar el plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="111"/>
        <source>Remove the homework plan</source>
        <translation>Quitar el plan de tareas</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="112"/>
        <source>Take this plan off Home (your practice log is not changed)</source>
        <translation>Quita este plan de Inicio (tu diario de práctica no cambia)</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="131"/>
        <source>No plan yet</source>
        <translation>Todavía no hay plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="132"/>
        <source>If your counselor gave you a plan file, import it here or drop it onto this window.</source>
        <translation>Si tu terapeuta te dio un archivo de plan, impórtalo aquí o suéltalo sobre esta ventana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="139"/>
        <source>From: {0}</source>
        <translation>De: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="141"/>
        <source>Starts on {0}.</source>
        <translation>Empieza el {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="144"/>
        <source>This plan ended on {0}.</source>
        <translation>Este plan terminó el {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="146"/>
        <source>Today is the last day of this plan.</source>
        <translation>Hoy es el último día de este plan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="148"/>
        <source>Until {0}.</source>
        <translation>Hasta el {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="175"/>
        <source>{0}: {1} min a day.</source>
        <translation>{0}: {1} min al día.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="176"/>
        <source>{0}: {1} min a week.</source>
        <translation>{0}: {1} min a la semana.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="178"/>
        <source>{0}: {1} min a day. Goal met on {2} of {3} days.</source>
        <translation>{0}: {1} min al día. Meta cumplida {2} de {3} días.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="181"/>
        <source>{0}: {1} min a day. Today {2} of {1} min; goal met on {3} of {4} days so far.</source>
        <translation>{0}: {1} min al día. Hoy {2} de {1} min; meta cumplida {3} de {4} días hasta ahora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="186"/>
        <source>{0}: {1} min a week. This week {2} of {1} min.</source>
        <translation>{0}: {1} min a la semana. Esta semana {2} de {1} min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="191"/>
        <source>Read “{0}”: done.</source>
        <translation>Leer «{0}»: hecho.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="194"/>
        <source>Read “{0}” by {1}: not yet.</source>
        <translation>Leer «{0}» antes del {1}: todavía no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="196"/>
        <source>Read “{0}”: not yet.</source>
        <translation>Leer «{0}»: todavía no.</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/cards.py" line="199"/>
        <source>Progress on this part of your plan</source>
        <translation>Progreso en esta parte de tu plan</translation>
    </message>
</context>
<context>
    <name>PlanImport</name>
    <message>
        <location filename="../../app/ui/comfort/plan_import.py" line="50"/>
        <source>Plan not imported</source>
        <translation>El plan no se importó</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/plan_import.py" line="51"/>
        <source>Your current plan is unchanged.</source>
        <translation>Tu plan actual no ha cambiado.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/plan_import.py" line="55"/>
        <source>Plan imported</source>
        <translation>Plan importado</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/plan_import.py" line="56"/>
        <source>“{0}” is now on Home.</source>
        <translation>«{0}» ya está en Inicio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/plan_import.py" line="64"/>
        <source>Import a homework plan</source>
        <translation>Importar un plan de tareas</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/plan_import.py" line="65"/>
        <source>Rewire plans (*.json);;All files (*)</source>
        <translation>Planes de Rewire (*.json);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PracticeAbout</name>
    <message>
        <location filename="../../app/ui/practice/about.py" line="34"/>
        <source>If you feel unwell</source>
        <translation>Si te sientes mal</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/about.py" line="38"/>
        <source>Who might prefer another practice</source>
        <translation>Quién podría preferir otra práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/about.py" line="46"/>
        <source>Why this works</source>
        <translation>Por qué funciona</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/about.py" line="47"/>
        <source>Links to readings</source>
        <translation>Enlaces a lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/about.py" line="55"/>
        <source>Your own recording, played as the guide. The time runs with it, and pausing holds it where it is.</source>
        <translation>Tu propia grabación, que sirve de guía. El tiempo avanza con ella, y al pausar se detiene donde está.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/about.py" line="66"/>
        <source>Why this works: {0}</source>
        <translation>Por qué funciona: {0}</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/practice/page.py" line="79"/>
        <source>Practice not found</source>
        <translation>Práctica no encontrada</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/page.py" line="80"/>
        <source>The practice “{0}” is not available.</source>
        <translation>La práctica «{0}» no está disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/page.py" line="131"/>
        <source>Your recording: {0}</source>
        <translation>Tu grabación: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/page.py" line="163"/>
        <source>Your log is not available</source>
        <translation>Tu diario no está disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/page.py" line="164"/>
        <source>This session will not be saved ({0}). You can still practise.</source>
        <translation>Esta sesión no se guardará ({0}). Aun así puedes practicar.</translation>
    </message>
</context>
<context>
    <name>PracticePicker</name>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="73"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="74"/>
        <source>Choose a practice. Some take three minutes, some twenty: pick what fits the time you have. Every minute counts.</source>
        <translation>Elige una práctica. Algunas duran tres minutos y otras veinte: elige la que encaje con el tiempo que tienes. Cada minuto cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="88"/>
        <source>Timer</source>
        <translation>Temporizador</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="88"/>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="89"/>
        <source>Guided</source>
        <translation>Guiadas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="105"/>
        <source>No practices could be loaded. The details are in the log file.</source>
        <translation>No se pudo cargar ninguna práctica. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="112"/>
        <source>Your recordings</source>
        <translation>Tus grabaciones</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="114"/>
        <source>A guided meditation from your counselor, or any recording you like, can be a practice of its own: import it in Settings, under Sound.</source>
        <translation>Una meditación guiada de tu terapeuta, o cualquier grabación que te guste, puede ser una práctica en sí misma: impórtala en Ajustes, en Sonido.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="157"/>
        <source>Your own recording, played as the guide.</source>
        <translation>Tu propia grabación, que sirve de guía.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="167"/>
        <source>Who might prefer another practice</source>
        <translation>Quién podría preferir otra práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="174"/>
        <source>Why this works: {0}</source>
        <translation>Por qué funciona: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="181"/>
        <source>Why {0} works</source>
        <translation>Por qué funciona {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="182"/>
        <source>Links to readings</source>
        <translation>Enlaces a lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="186"/>
        <source>Set up</source>
        <translation>Preparar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="188"/>
        <source>Set up {0}</source>
        <translation>Preparar {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="205"/>
        <source>Your presets:</source>
        <translation>Tus ajustes guardados:</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="210"/>
        <source>Preset {0}</source>
        <translation>Ajuste {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/picker.py" line="211"/>
        <source>Set up {0} with these choices</source>
        <translation>Preparar {0} con estas opciones</translation>
    </message>
</context>
<context>
    <name>PracticePlayer</name>
    <message>
        <location filename="../../app/ui/practice/player.py" line="223"/>
        <source>Getting the sounds ready…</source>
        <translation>Preparando los sonidos…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="195"/>
        <source>End this session?</source>
        <translation>¿Terminar esta sesión?</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="196"/>
        <source>You have practised for {0}. End the session now? The time so far is kept in your log.</source>
        <translation>Has practicado {0}. ¿Terminar la sesión ahora? El tiempo hasta ahora se guarda en tu diario.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="210"/>
        <source>Leave full window</source>
        <translation>Salir de la ventana completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="210"/>
        <source>Full window</source>
        <translation>Ventana completa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="238"/>
        <source>Paused while the computer was asleep. Press Space to go on.</source>
        <translation>En pausa mientras el equipo dormía. Pulsa Espacio para seguir.</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="290"/>
        <source>Paused while</source>
        <translation>En pausa mientras</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="294"/>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/player.py" line="295"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="21"/>
        <source>Breathe in</source>
        <translation>Inhala</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="22"/>
        <source>Hold</source>
        <translation>Sostén</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="23"/>
        <source>Breathe out</source>
        <translation>Exhala</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="24"/>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="25"/>
        <source>Breathe in a little more</source>
        <translation>Inhala un poco más</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/display.py" line="26"/>
        <source>Long breath out</source>
        <translation>Exhalación larga</translation>
    </message>
</context>
<context>
    <name>Readings</name>
    <message>
        <location filename="../../app/ui/readings/library.py" line="43"/>
        <source>Neuroplasticity</source>
        <translation>Neuroplasticidad</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="44"/>
        <source>Therapy</source>
        <translation>Terapia</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="45"/>
        <source>CBT</source>
        <translation>TCC</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="46"/>
        <source>Thoughts</source>
        <translation>Pensamientos</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="47"/>
        <source>Mindfulness</source>
        <translation>Atención plena</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="48"/>
        <source>Emotions</source>
        <translation>Emociones</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="49"/>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="50"/>
        <source>Brain chemistry</source>
        <translation>Química del cerebro</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="51"/>
        <source>Habits</source>
        <translation>Hábitos</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="52"/>
        <source>Breathing</source>
        <translation>Respiración</translation>
    </message>
    <message>
        <location filename="../../app/ui/readings/library.py" line="53"/>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="167"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="168"/>
        <source>A gentle reminder to practise</source>
        <translation>Un recordatorio amable para practicar</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="171"/>
        <source>Time for a few quiet minutes</source>
        <translation>Es momento de unos minutos de calma</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="179"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="181"/>
        <source>Start the suggested practice</source>
        <translation>Empezar la práctica sugerida</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="182"/>
        <source>Open the practice this reminder suggests</source>
        <translation>Abre la práctica que sugiere este recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="184"/>
        <location filename="../../app/ui/comfort/reminders.py" line="185"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="186"/>
        <source>Close this reminder</source>
        <translation>Cerrar este recordatorio</translation>
    </message>
</context>
<context>
    <name>ReminderSection</name>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="56"/>
        <source>Reminder times</source>
        <translation>Horas de recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="57"/>
        <source>The times of day Rewire reminds you</source>
        <translation>Las horas del día en que Rewire te lo recuerda</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="63"/>
        <source>New reminder time</source>
        <translation>Nueva hora de recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="64"/>
        <source>Hours and minutes, 24-hour clock</source>
        <translation>Horas y minutos, reloj de 24 horas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="65"/>
        <source>Add time</source>
        <translation>Añadir hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="66"/>
        <source>Add reminder time</source>
        <translation>Añadir hora de recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="67"/>
        <source>Add the time on the left to the list</source>
        <translation>Añade a la lista la hora de la izquierda</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="68"/>
        <source>Remove time</source>
        <translation>Quitar hora</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="69"/>
        <source>Remove reminder time</source>
        <translation>Quitar hora de recordatorio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="70"/>
        <source>Remove the selected time</source>
        <translation>Quitar la hora seleccionada</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="76"/>
        <source>Daily reminders</source>
        <translation>Recordatorios diarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="82"/>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="83"/>
        <source>Quiet hours end</source>
        <translation>Fin de las horas de silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="86"/>
        <source>No reminder rings between the start and the end</source>
        <translation>Ningún recordatorio suena entre el inicio y el fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="89"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="93"/>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="95"/>
        <location filename="../../app/ui/settings/sections/reminders.py" line="96"/>
        <source>Keep in the tray</source>
        <translation>Mantener en la bandeja</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="97"/>
        <source>Closing the window leaves Rewire running so reminders still appear</source>
        <translation>Al cerrar la ventana, Rewire sigue abierto para que aparezcan los recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="101"/>
        <source>When the window closes, Rewire stays in the system tray so reminders still appear.</source>
        <translation>Al cerrar la ventana, Rewire se queda en la bandeja del sistema para que los recordatorios sigan apareciendo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="122"/>
        <source>Reminders appear as notifications from the system tray while Rewire is running.</source>
        <translation>Los recordatorios aparecen como notificaciones de la bandeja del sistema mientras Rewire está abierto.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="126"/>
        <source>This desktop has no system tray, so reminders appear inside the Rewire window while it is open.</source>
        <translation>Este escritorio no tiene bandeja del sistema, así que los recordatorios aparecen dentro de la ventana de Rewire mientras está abierta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="137"/>
        <source>{0} (in quiet hours: will not ring)</source>
        <translation>{0} (en horas de silencio: no sonará)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="141"/>
        <source>No reminders are set.</source>
        <translation>No hay recordatorios.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="143"/>
        <source>Every reminder time is inside the quiet hours.</source>
        <translation>Todas las horas de recordatorio caen en las horas de silencio.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="145"/>
        <source>Next reminder: {0}.</source>
        <translation>Próximo recordatorio: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="156"/>
        <source>today at {0}</source>
        <translation>hoy a las {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="157"/>
        <source>tomorrow at {0}</source>
        <translation>mañana a las {0}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="258"/>
        <source>A few slow breaths are enough. Rewire is ready when you are.</source>
        <translation>Bastan unas pocas respiraciones lentas. Rewire está listo cuando tú lo estés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="261"/>
        <source>From your homework plan: {0}.</source>
        <translation>De tu plan de tareas: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="263"/>
        <source>Start here, today: {0}.</source>
        <translation>Empieza aquí, hoy: {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="264"/>
        <source>{0} is ready when you are.</source>
        <translation>«{0}» te espera cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/reminders.py" line="274"/>
        <source>Time for a few quiet minutes</source>
        <translation>Es momento de unos minutos de calma</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="108"/>
        <source>Restore the practice log</source>
        <translation>Restaurar el diario de práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="111"/>
        <source>Choose a backup. Your log as it is now is backed up first, so you can come back to it.</source>
        <translation>Elige una copia. Antes se guarda una copia de tu diario tal como está ahora, para que puedas volver a él.</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="114"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/dialogs.py" line="123"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <location filename="../../app/ui/settings/page.py" line="44"/>
        <source>Settings</source>
        <extracomment>The sections, top to bottom.</extracomment>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/page.py" line="45"/>
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
        <location filename="../../app/ui/journal/sessions.py" line="97"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/sessions.py" line="99"/>
        <source>Your sessions. Edit a note by typing in the Note column; change a mood with its list; press Delete to remove a session (you can undo).</source>
        <translation>Tus sesiones. Edita una nota escribiendo en la columna Nota; cambia el ánimo con su lista; pulsa Supr para eliminar una sesión (puedes deshacerlo).</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/sessions.py" line="122"/>
        <source>Double-click to set the mood (1 = low, 5 = good)</source>
        <translation>Doble clic para indicar el ánimo (1 = bajo, 5 = bueno)</translation>
    </message>
    <message>
        <location filename="../../app/ui/journal/sessions.py" line="126"/>
        <source>Double-click or start typing to edit the note</source>
        <translation>Doble clic o empieza a escribir para editar la nota</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../app/ui/settings/sections/general.py" line="13"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/journal.py" line="16"/>
        <source>Journal and streaks</source>
        <translation>Diario y rachas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/language.py" line="15"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/practice.py" line="14"/>
        <source>Practice</source>
        <translation>Práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/readings.py" line="12"/>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/reminders.py" line="27"/>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="38"/>
        <source>Sound</source>
        <translation>Sonido</translation>
    </message>
</context>
<context>
    <name>SetupPanel</name>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="46"/>
        <source>Singing bowl</source>
        <translation>Cuenco tibetano</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="47"/>
        <source>Bright chime</source>
        <translation>Campanilla clara</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="48"/>
        <source>Low gong</source>
        <translation>Gong grave</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="49"/>
        <source>Wood block</source>
        <translation>Bloque de madera</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="50"/>
        <source>Rain</source>
        <translation>Lluvia</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="51"/>
        <source>Ocean swell</source>
        <translation>Oleaje del mar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="52"/>
        <source>Soft brown noise</source>
        <translation>Ruido marrón suave</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="53"/>
        <source>Wind in the trees</source>
        <translation>Viento entre los árboles</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="221"/>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="223"/>
        <source>Standard ({0})</source>
        <translation>Estándar ({0})</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="225"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="315"/>
        <source>Please check: {0}</source>
        <translation>Revisa, por favor: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="323"/>
        <source>Choose a preset…</source>
        <translation>Elige un ajuste guardado…</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="324"/>
        <source>No presets yet</source>
        <translation>Todavía no hay ajustes guardados</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="340"/>
        <source>Using your preset “{0}”.</source>
        <translation>Usando tu ajuste «{0}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="350"/>
        <source>Preset “{0}” deleted.</source>
        <translation>Se eliminó el ajuste «{0}».</translation>
    </message>
    <message>
        <location filename="../../app/ui/practice/setup.py" line="368"/>
        <source>Saved as “{0}”.</source>
        <translation>Guardado como «{0}».</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <location filename="../../app/sound/facade.py" line="48"/>
        <source>No sound device found. Practices still run with captions, but nothing will sound.</source>
        <translation>No se encontró ningún dispositivo de sonido. Las prácticas funcionan igual, con subtítulos, pero no sonará nada.</translation>
    </message>
    <message>
        <location filename="../../app/sound/factory.py" line="24"/>
        <source>Sound is not available on this computer (the Qt multimedia module could not load). Captions still work.</source>
        <translation>El sonido no está disponible en este equipo (no se pudo cargar el módulo multimedia de Qt). Los subtítulos siguen funcionando.</translation>
    </message>
    <message>
        <location filename="../../app/sound/factory.py" line="53"/>
        <source>No sound</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <location filename="../../app/sound/factory.py" line="55"/>
        <source>Sound problem</source>
        <translation>Problema de sonido</translation>
    </message>
</context>
<context>
    <name>SoundSection</name>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="187"/>
        <source>Remove a recording</source>
        <translation>Quitar una grabación</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="188"/>
        <source>Remove “%s” from your library? The file you imported it from is not touched.</source>
        <translation>¿Quitar «%s» de tu biblioteca? El archivo del que la importaste no se toca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="198"/>
        <source>“%s” was removed from your library.</source>
        <translation>«%s» se quitó de tu biblioteca.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="216"/>
        <source>Import a recording</source>
        <translation>Importar una grabación</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings/sections/sound.py" line="226"/>
        <source>Importing %s...</source>
        <translation>Importando %s...</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="248"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="251"/>
        <source>Exit Rewire</source>
        <translation>Salir de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="252"/>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="217"/>
        <source>Still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="222"/>
        <source>I&apos;m still here</source>
        <translation>Sigo aquí</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="231"/>
        <source>To keep things private, this screen clears itself in {0} s.</source>
        <translation>Para proteger tu privacidad, esta pantalla se borrará en {0} s.</translation>
    </message>
</context>
<context>
    <name>SummaryPreview</name>
    <message>
        <location filename="../../app/ui/counselor/preview.py" line="45"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/preview.py" line="47"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/preview.py" line="50"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/preview.py" line="64"/>
        <source>Save the summary as a PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/preview.py" line="65"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/preview.py" line="84"/>
        <source>The PDF could not be saved in {0} ({1}). Nothing was written.</source>
        <translation>No se pudo guardar el PDF en {0} ({1}). No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/preview.py" line="89"/>
        <source>Saved as {0}.</source>
        <translation>Guardado como {0}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/preview.py" line="97"/>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>SummaryWriter</name>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="55"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="58"/>
        <source>minimal</source>
        <translation>mínima</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="58"/>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="59"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="60"/>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="61"/>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="65"/>
        <source>lower at the end of the period than at its start</source>
        <translation>más bajas al final del período que al principio</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="66"/>
        <source>higher at the end of the period than at its start</source>
        <translation>más altas al final del período que al principio</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="67"/>
        <source>the same at the end of the period as at its start</source>
        <translation>iguales al final del período que al principio</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="73"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="73"/>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="74"/>
        <source>Read “{0}”: {1}</source>
        <translation>Leer «{0}»: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="77"/>
        <source>{0}, {1} a day: reached on {2} of {3} days ({4} in all)</source>
        <translation>{0}, {1} al día: logrado {2} de {3} días ({4} en total)</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="80"/>
        <source>{0}, {1} a week: reached in {2} of {3} weeks ({4} in all)</source>
        <translation>{0}, {1} a la semana: logrado {2} de {3} semanas ({4} en total)</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="93"/>
        <location filename="../../app/ui/counselor/summary_html.py" line="102"/>
        <source>My practice summary</source>
        <translation>Mi resumen de práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="98"/>
        <source>From {0} to {1}</source>
        <translation>Del {0} al {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="99"/>
        <source>For my counselor at {0}. Made with Rewire on my own computer.</source>
        <translation>Para mi terapeuta de {0}. Hecho con Rewire en mi propia computadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="101"/>
        <source>For my counselor. Made with Rewire on my own computer.</source>
        <translation>Para mi terapeuta. Hecho con Rewire en mi propia computadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="107"/>
        <source>Please look at this first: in the PHQ-9 check-in of {0}, I answered the question about thoughts of being better off dead or of hurting myself with more than “Not at all”.</source>
        <translation>Por favor, mira esto primero: en el cuestionario PHQ-9 del {0}, respondí a la pregunta sobre pensamientos de que estaría mejor muerto o de hacerme daño con algo más que «Ningún día».</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="110"/>
        <source>Check-in question 9</source>
        <translation>Pregunta 9 del cuestionario</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="115"/>
        <source>Days I practised: {0} · Sessions: {1} · Minutes: {2}</source>
        <translation>Días que practiqué: {0} · Sesiones: {1} · Minutos: {2}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="117"/>
        <source>In this period</source>
        <translation>En este período</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="125"/>
        <source>Week of {0}</source>
        <translation>Semana del {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="126"/>
        <source>{0} days, {1}</source>
        <translation>{0} días, {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="133"/>
        <source>Days and minutes each week</source>
        <translation>Días y minutos de cada semana</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="139"/>
        <source>My homework plan: {0}</source>
        <translation>Mi plan de tarea: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="146"/>
        <source>My own mood ratings before and after practice (1 = very low, 5 = very good), for practices I rated at least 3 times. They show how I felt, not what caused it.</source>
        <translation>Mis propias calificaciones de ánimo antes y después de practicar (1 = muy bajo, 5 = muy bien), para las prácticas que califiqué al menos 3 veces. Muestran cómo me sentí, no qué lo causó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="150"/>
        <source>{0}: {1} before, {2} after ({3} rated sessions)</source>
        <translation>{0}: {1} antes, {2} después ({3} sesiones calificadas)</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="154"/>
        <source>What seems to help me</source>
        <translation>Lo que parece ayudarme</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="162"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="163"/>
        <source>in the range its authors call “{0}”</source>
        <translation>en el rango que sus autores llaman «{0}»</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="165"/>
        <source>question 9 answered above 0</source>
        <translation>pregunta 9 respondida con más de 0</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="171"/>
        <source>{0} scores: {1}</source>
        <translation>Puntuaciones del {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="174"/>
        <source>These scores are for talking over with my counselor; they are not a diagnosis.</source>
        <translation>Estas puntuaciones son para conversarlas con mi terapeuta; no son un diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="176"/>
        <source>Check-ins</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="185"/>
        <source>Notes I chose to share</source>
        <translation>Notas que decidí compartir</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/summary_html.py" line="190"/>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
</context>
<context>
    <name>SupportPlanDialog</name>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="72"/>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="80"/>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="167"/>
        <source>My support plan</source>
        <translation>Mi plan de apoyo</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="82"/>
        <source>For hard moments: what I notice, what I can do, and who I can turn to. It is kept only on this computer. Write one thing per line.</source>
        <translation>Para los momentos difíciles: lo que noto, lo que puedo hacer y a quién puedo acudir. Se guarda solo en esta computadora. Escribe una cosa por línea.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="87"/>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="170"/>
        <source>My warning signs</source>
        <translation>Mis señales de alerta</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="88"/>
        <source>Thoughts, feelings or things I do that tell me a hard time may be starting</source>
        <translation>Pensamientos, sentimientos o cosas que hago que me avisan de que puede empezar un momento difícil</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="90"/>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="171"/>
        <source>Things I can do on my own</source>
        <translation>Cosas que puedo hacer por mi cuenta</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="91"/>
        <source>What helps me take my mind off things, without anyone else</source>
        <translation>Lo que me ayuda a distraerme, sin nadie más</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="92"/>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="172"/>
        <source>People and places that help</source>
        <translation>Personas y lugares que me ayudan</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="93"/>
        <source>Where I can go, and who I can be with, to feel a little better</source>
        <translation>Adónde puedo ir, y con quién puedo estar, para sentirme un poco mejor</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="94"/>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="173"/>
        <source>People I can ask for help</source>
        <translation>Personas a las que puedo pedir ayuda</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="95"/>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="174"/>
        <source>Professionals I can call</source>
        <translation>Profesionales a los que puedo llamar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="96"/>
        <source>My counselor&apos;s practice and crisis lines</source>
        <translation>La consulta de mi terapeuta y las líneas de crisis</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="97"/>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="175"/>
        <source>How I keep myself safe</source>
        <translation>Cómo me mantengo a salvo</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="98"/>
        <source>Steps that make my surroundings safer when things are hard</source>
        <translation>Pasos que hacen más seguro mi entorno cuando las cosas están difíciles</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="120"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="123"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="125"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="158"/>
        <source>Not saved: {0}</source>
        <translation>No se guardó: {0}</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="161"/>
        <source>Saved on this computer.</source>
        <translation>Guardado en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../app/ui/counselor/support_plan_dialog.py" line="162"/>
        <source>Not saved: see the message above.</source>
        <translation>No se guardó: mira el mensaje de arriba.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../app/ui/comfort/tray.py" line="61"/>
        <location filename="../../app/ui/comfort/tray.py" line="96"/>
        <source>Start a practice</source>
        <translation>Empezar una práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/tray.py" line="63"/>
        <source>SOS: when panic rises</source>
        <translation>SOS: cuando sube el pánico</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/tray.py" line="64"/>
        <source>Three minutes of grounding and long out-breaths, starting now</source>
        <translation>Tres minutos para anclarte y exhalar despacio, desde ahora</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/tray.py" line="67"/>
        <source>Open Rewire</source>
        <translation>Abrir Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/tray.py" line="69"/>
        <source>Quit Rewire</source>
        <translation>Salir de Rewire</translation>
    </message>
    <message>
        <location filename="../../app/ui/comfort/tray.py" line="99"/>
        <source>Start {0}</source>
        <translation>Empezar: {0}</translation>
    </message>
</context>
<context>
    <name>VisitorArea</name>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="102"/>
        <source>Choose a practice</source>
        <translation>Elige una práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="103"/>
        <source>Each one takes a few minutes. You can stop at any time.</source>
        <translation>Cada una lleva unos minutos. Puedes parar cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="110"/>
        <source>The practices are not available right now. The readings are.</source>
        <translation>Las prácticas no están disponibles ahora. Las lecturas sí.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="115"/>
        <location filename="../../app/ui/kiosk/visitor.py" line="189"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="146"/>
        <location filename="../../app/ui/kiosk/visitor.py" line="158"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="159"/>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="178"/>
        <source>Headphones are on the hook beside the screen, if you would like them. The sound is soft and never louder than {0}%.</source>
        <translation>Hay auriculares en el gancho junto a la pantalla, si los quieres. El sonido es suave y nunca supera el {0} %.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="181"/>
        <source>Sit comfortably. You can end the practice at any time.</source>
        <translation>Siéntate cómodamente. Puedes terminar la práctica cuando quieras.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="184"/>
        <source>Start with sound</source>
        <translation>Empezar con sonido</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="185"/>
        <source>Start in silence</source>
        <translation>Empezar en silencio</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="218"/>
        <source>Thank you for taking this time for yourself.</source>
        <translation>Gracias por tomarte este tiempo para ti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="219"/>
        <source>That&apos;s fine. Every minute counts.</source>
        <translation>Está bien. Cada minuto cuenta.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="224"/>
        <source>Well done</source>
        <translation>Muy bien</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="229"/>
        <source>Another practice</source>
        <translation>Otra práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="230"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/visitor.py" line="231"/>
        <location filename="../../app/ui/kiosk/visitor.py" line="260"/>
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
        <location filename="../../app/ui/home/week_strip.py" line="24"/>
        <source>The last seven days: a full dot where you met your daily goal</source>
        <translation>Los últimos siete días: un punto lleno donde cumpliste tu meta diaria</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/week_strip.py" line="35"/>
        <source>{0}: goal met</source>
        <translation>{0}: meta cumplida</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/week_strip.py" line="37"/>
        <source>{0}: {1} min</source>
        <translation>{0}: {1} min</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/week_strip.py" line="39"/>
        <source>{0}: no practice</source>
        <translation>{0}: sin práctica</translation>
    </message>
    <message>
        <location filename="../../app/ui/home/week_strip.py" line="40"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="164"/>
        <source>Welcome. Take a few quiet minutes for yourself.</source>
        <translation>Te damos la bienvenida. Tómate unos minutos de calma para ti.</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="171"/>
        <source>Start a 3-minute practice</source>
        <translation>Empezar una práctica de 3 minutos</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="173"/>
        <source>Read</source>
        <translation>Leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/kiosk/screens.py" line="178"/>
        <source>Nothing you do here is saved. The screen clears itself when you leave.</source>
        <translation>Nada de lo que hagas aquí se guarda. La pantalla se borra cuando te vas.</translation>
    </message>
</context>
<context>
    <name>_BrokenPage</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="318"/>
        <source>This part of Rewire could not be opened. The rest of the app works; the details are in the log file.</source>
        <translation>Esta parte de Rewire no se pudo abrir. El resto de la aplicación funciona; los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>writer</name>
    <message>
        <location filename="../../app/ui/counselor/report_cli.py" line="85"/>
        <source>My practice summary</source>
        <translation>Mi resumen de práctica</translation>
    </message>
</context>
</TS>
