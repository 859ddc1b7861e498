"""Spanish demo copy: the same pages as advocacy.demo.copy and advocacy.demo.answers, in plain Spanish.

Written fresh for a reading age of about 11 (not machine-translated), with the same meaning as the
English copy. Each entry has exactly the shape of its English one (the same blocks, paragraphs, list
items and headings), because the loader pairs the two piece by piece to fill in wagtail-localize's
translation of each English string. Every Spanish page is marked for review by a native-speaking
clinician before launch.
"""

REVIEW_NOTE = "Texto de demostración en español: debe revisarlo un profesional sanitario nativo antes de publicarlo."

REVIEWER = {
    "credentials": "Dietista-nutricionista titulada. Ejemplo de demostración: cambiar antes de publicar",
    "role": "Dietista de oncología",
    "organisation": "Hospital de demostración",
    "conflicts_of_interest": "No declara ninguno. Es un ejemplo de demostración.",
}

EXPERT = {
    "credentials": "Médica especialista en cáncer. Ejemplo de demostración: cambiar antes de publicar",
    "role": "Oncóloga médica",
    "organisation": "Centro de cáncer de demostración",
    "conflicts_of_interest": "No declara ninguno. Es un ejemplo de demostración.",
}

SITE_TEXT = {
    # The society's mission statement, translated faithfully.
    "mission_statement": (
        "Ayudar a las personas con caquexia a vivir su vida al máximo mediante la concienciación, "
        "la educación y la comunidad."
    ),
    "medical_disclaimer": (
        "La información de esta web es para aprender en general. No sustituye los consejos de su "
        "médico, su enfermera o su dietista. Hable de su salud con su equipo médico."
    ),
    "care_team_note": "Esta información se suma a la atención que le da su equipo médico. No la sustituye.",
    "urgent_help_heading": "Este formulario no es para problemas urgentes",
    "urgent_help": (
        "Respondemos las preguntas en unas dos semanas, y no podemos darle consejos sobre su propia atención.\n"
        "Si está en tratamiento contra el cáncer y se encuentra mal, llame ahora a su línea de quimioterapia "
        "de 24 horas. El número está en la tarjeta de aviso que le dieron en el hospital.\n"
        "Para todo lo demás sobre su atención, hable con su equipo médico: su médico, su enfermera o su dietista."
    ),
}

AUDIENCES = {"patient": "Pacientes", "caregiver": "Cuidadores", "clinician": "Profesionales sanitarios"}

TOPICS = {
    "understanding-cachexia": "Entender la caquexia",
    "eating-and-appetite": "Comer y apetito",
    "talking-to-your-care-team": "Hablar con su equipo médico",
    "caring-for-someone": "Cuidar de otra persona",
}

# Criteria sets and their stages, by slug: words only (the numbers are never part of a translation).
CRITERIA_SETS = {
    "society-wording": {
        "name": "Las etapas en palabras sencillas (texto de la sociedad)",
        "summary": ("Nuestra forma sencilla de explicar las tres etapas. Se basa en el acuerdo internacional de 2011."),
    },
    "fearon-2011": {
        "name": "Acuerdo internacional de 2011 (Fearon y otros)",
        "summary": "El acuerdo de expertos de 2011 que los médicos usan con más frecuencia para describir las etapas.",
    },
}

STAGES = {
    "pre-cachexia": {
        "name": "Precaquexia",
        "description": (
            "Una etapa temprana. Hay una pequeña pérdida de peso sin querer y puede haber otros cambios, "
            "como menos apetito."
        ),
        "care_focus": "Vigilar el peso y el apetito, y recibir pronto consejos sobre la comida.",
    },
    "cachexia": {
        "name": "Caquexia",
        "description": "Hay más pérdida de peso o de músculo sin querer, y el cuerpo lo nota.",
        "care_focus": "Ayuda de todo el equipo: comida, ejercicio suave y, a veces, medicinas.",
    },
    "refractory-cachexia": {
        "name": "Caquexia refractaria",
        "description": ("Una etapa avanzada. El cáncer ya no responde al tratamiento y recuperar peso no es posible."),
        "care_focus": "Estar lo más cómodo posible y tener buena calidad de vida.",
    },
}

HOME = {
    "title": "Inicio",
    "intro": (
        "<p>Le damos la bienvenida. Esta web es para personas con cáncer que pierden peso sin querer, y para "
        "las personas que las cuidan. Esto puede ser parte de un problema llamado caquexia (se dice: ca-QUEC-sia).</p>"
    ),
    "task_links_heading": "Qué puede hacer aquí",
    "body": [
        {
            "type": "callout",
            "value": {
                "kind": "info",
                "heading": "Hable con su equipo médico",
                "text": (
                    "<p>Si pierde peso sin querer, dígaselo a su médico, su enfermera o su dietista. "
                    "Cuanto antes lo sepan, antes le pueden ayudar.</p>"
                ),
            },
        },
    ],
}

MISSION = {
    "title": "Nuestra misión",
    "search_description": "Por qué existe la Sociedad de Caquexia por Cáncer y qué hacemos por pacientes y cuidadores.",
    "intro": (
        "<p>Somos una sociedad de pacientes, cuidadores, médicos e investigadores. Queremos que todas las personas "
        "afectadas por la caquexia tengan buena información y buen apoyo.</p>"
    ),
    "body": [
        {
            "type": "rich_text",
            "value": (
                "<h2>Concienciación</h2>"
                "<p>Mucha gente no ha oído nunca la palabra caquexia, aunque le esté pasando. Queremos que "
                "pacientes, familias y profesionales sanitarios la reconozcan pronto y hablen de ella.</p>"
                "<h2>Educación</h2>"
                "<p>Escribimos información clara y revisada que cualquiera puede leer. Un profesional sanitario "
                "revisa nuestras páginas de salud, y cada página dice cuándo se revisó por última vez.</p>"
                "<h2>Comunidad</h2>"
                "<p>Vivir con caquexia puede hacer que una persona se sienta sola. Juntamos a las personas para que "
                "compartan lo que les ayuda, y para que los investigadores sepan lo que necesitan los pacientes.</p>"
            ),
        },
    ],
}

ABOUT = {
    "title": "Sobre la caquexia",
    "search_description": "Aprenda qué es la caquexia por cáncer, qué la causa y cómo describen los médicos "
    "las etapas.",
    "intro": "<p>Empiece aquí para aprender sobre la caquexia. Cada página es corta y usa palabras sencillas.</p>",
}

ABOUT_PAGES = {
    "what-is-cachexia": {
        "title": "¿Qué es la caquexia?",
        "search_description": (
            "La caquexia es la pérdida de peso y de músculo por una enfermedad como el cáncer. Conozca las señales."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>La caquexia es un problema en el que el cuerpo pierde peso y músculo por una enfermedad, "
                    "como el cáncer. No es lo mismo que adelgazar con una dieta. Comer más no lo arregla del "
                    "todo por sí solo.</p>"
                    "<p>Es frecuente en personas con cáncer avanzado. Pasa más a menudo con los cánceres del "
                    "estómago y del intestino, como el cáncer de páncreas y el de colon, y con el cáncer de "
                    "pulmón.</p>"
                    "<h2>Señales a las que prestar atención</h2>"
                    "<ul><li>Perder peso sin querer.</li>"
                    "<li>No tener ganas de comer, o sentirse lleno enseguida.</li>"
                    "<li>Los músculos se hacen más pequeños y más débiles.</li>"
                    "<li>Sentirse muy cansado.</li></ul>"
                ),
            },
            {
                "type": "key_facts",
                "value": {
                    "heading": "Datos clave",
                    "facts": [
                        "Caquexia quiere decir perder peso y músculo por una enfermedad.",
                        "Perder músculo hace que las personas estén más débiles y más cansadas.",
                        "Puede hacer más difícil aguantar el tratamiento del cáncer.",
                        "Su equipo médico le puede ayudar, así que dígaselo pronto.",
                    ],
                },
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "heading": "No espere",
                    "text": (
                        "<p>Si ha perdido peso sin querer, dígaselo a su equipo médico en su próxima cita, "
                        "o llame antes si le preocupa.</p>"
                    ),
                },
            },
            {"type": "stages_summary", "value": {"heading": "Las etapas de la caquexia"}},
            {
                "type": "faq",
                "value": {
                    "heading": "Preguntas frecuentes",
                    "items": [
                        {
                            "question": "¿La caquexia es lo mismo que no comer lo suficiente?",
                            "answer": (
                                "<p>No. No comer lo suficiente es parte de ella, pero la caquexia también cambia "
                                "cómo el cuerpo usa la energía y cómo forma músculo. Por eso la comida sola no "
                                "lo arregla del todo.</p>"
                            ),
                        },
                        {
                            "question": "¿Qué quiere decir IMC?",
                            "answer": (
                                "<p>IMC quiere decir índice de masa corporal. Es un número que se calcula con su "
                                "peso y su altura. Los médicos lo usan como una señal sencilla de si usted "
                                "pesa poco.</p>"
                            ),
                        },
                        {
                            "question": "¿Hay algo que ayude?",
                            "answer": (
                                "<p>Sí. Un dietista le puede ayudar a sacar el máximo de lo que come. El ejercicio "
                                "suave puede ayudar a mantener el músculo. Algunas medicinas pueden ayudar al "
                                "apetito. Pregunte a su equipo médico qué es lo mejor para usted.</p>"
                            ),
                        },
                    ],
                },
            },
            {
                "type": "quote",
                "value": {
                    "text": "Cuando supimos cómo se llamaba, pudimos hacer las preguntas adecuadas.",
                    "attribution": "Una cuidadora (texto de demostración, no es una persona real)",
                },
            },
            {
                "type": "featured_materials",
                "value": {"heading": "Folletos para descargar", "slugs": ["understanding-cachexia", "eating-well"]},
            },
        ],
    },
    "causes": {
        "title": "¿Qué causa la caquexia?",
        "search_description": "Cómo el cáncer puede cambiar el apetito, los músculos y la energía, y causar caquexia.",
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>Los médicos todavía están aprendiendo por qué pasa exactamente la caquexia. Esto es lo "
                    "que sabemos hasta ahora.</p>"
                    "<h2>Hinchazón dentro del cuerpo</h2>"
                    "<p>El cáncer puede hacer que las defensas del cuerpo trabajen demasiado. Esto causa un tipo "
                    "de hinchazón dentro del cuerpo llamada inflamación. La inflamación puede llegar al cerebro y "
                    "quitar la sensación de hambre.</p>"
                    "<h2>Los músculos se deshacen</h2>"
                    "<p>La inflamación también puede hacer que el cuerpo deshaga músculo más deprisa de lo que lo "
                    "puede volver a formar. Esto se llama pérdida de masa muscular. Es la señal principal de la "
                    "caquexia.</p>"
                    "<h2>El cuerpo gasta más energía</h2>"
                    "<p>Algunas personas con cáncer gastan energía más deprisa de lo normal, incluso en reposo. "
                    "Por eso pierden peso aunque coman lo mismo.</p>"
                ),
            },
            {
                "type": "callout",
                "value": {
                    "kind": "info",
                    "heading": "Usted no tiene la culpa",
                    "text": (
                        "<p>La caquexia la causa la enfermedad. No la causa nada que usted o su familia "
                        "hayan hecho o dejado de hacer.</p>"
                    ),
                },
            },
            {
                "type": "faq",
                "value": {
                    "heading": "Preguntas frecuentes",
                    "items": [
                        {
                            "question": "¿La quimioterapia causa caquexia?",
                            "answer": (
                                "<p>La caquexia viene del propio cáncer. Pero los efectos del tratamiento, como "
                                "las náuseas, pueden hacer más difícil comer. Las personas con caquexia también "
                                "pueden tener más efectos de la quimioterapia. Cuéntele a su equipo cualquier "
                                "efecto que note.</p>"
                            ),
                        },
                    ],
                },
            },
        ],
    },
}

STAGES_PAGE = {
    "title": "Etapas de la caquexia",
    "search_description": "Las tres etapas de la caquexia, los números que usan los médicos y una herramienta para "
    "comprobar sus números.",
    "intro": (
        "<p>Los médicos suelen describir la caquexia en tres etapas: precaquexia, caquexia y caquexia refractaria. "
        "Abajo puede ver qué quiere decir cada etapa y de dónde salen los números.</p>"
    ),
}

COMMUNITY = {
    "title": "Comunidad",
    "search_description": (
        "Únase a la comunidad de Facebook de la sociedad para compartir historias y apoyarse unos a otros."
    ),
    "intro": (
        "<p>Nuestra comunidad de Facebook es un lugar para que pacientes y cuidadores compartan historias, hagan "
        "preguntas y se apoyen entre sí.</p>"
    ),
    "body": [
        {
            "type": "key_facts",
            "value": {
                "heading": "Cómo estar seguro en internet",
                "facts": [
                    "No comparta su dirección, su teléfono ni su número de historia clínica.",
                    "En el grupo nadie es su médico. Consulte con su equipo médico cualquier consejo de salud.",
                    "Tenga cuidado con quien venda una cura. Pregunte a su equipo médico antes de probar algo nuevo.",
                    "Sea amable. Todos están pasando por algo difícil.",
                ],
            },
        },
        {
            "type": "quote",
            "value": {
                "text": "Me ayudó hablar con gente que me entendía sin tener que explicarlo todo.",
                "attribution": "Un paciente (texto de demostración, no es una persona real)",
            },
        },
    ],
}

MATERIALS_INDEX = {
    "title": "Materiales para pacientes",
    "search_description": "Folletos y diarios gratis sobre la caquexia para pacientes, cuidadores y profesionales.",
    "intro": (
        "Folletos gratis para leer, imprimir o compartir. Use los filtros para encontrar lo que le sirve. Los "
        "profesionales sanitarios pueden elegir varios e imprimir una hoja con enlaces cortos y códigos QR."
    ),
}

# At least two materials in Spanish; the first has its own Spanish PDF.
MATERIALS = {
    "understanding-cachexia": {
        "title": "Entender la caquexia: una guía corta",
        "summary": (
            "Una guía corta sobre qué es la caquexia, las señales a las que prestar atención y quién puede "
            "ayudar. Es buena para leer primero, a solas o con su familia."
        ),
        "filename": "entender-la-caquexia.pdf",
        "document_title": "Entender la caquexia: una guía corta (PDF en español)",
    },
    "eating-well": {
        "title": "Comer bien cuando no tiene hambre",
        "summary": (
            "Ideas sencillas para sacar más energía y proteína de comidas pequeñas y tentempiés. "
            "Incluye consejos para los cuidadores que cocinan."
        ),
    },
}

ASK_PAGE = {
    "title": "Pregunte a nuestros expertos",
    "search_description": (
        "Envíe una pregunta sobre la caquexia por cáncer. Responden expertos y un profesional sanitario revisa "
        "cada respuesta."
    ),
    "intro": (
        "<p>¿Tiene una pregunta sobre la pérdida de peso, el apetito o la caquexia? Hágala aquí. No necesita "
        "una cuenta.</p>"
        "<p>Médicos, dietistas e investigadores responden las preguntas que pueden ayudar también a otras personas. "
        "Un profesional sanitario revisa cada respuesta antes de publicarla. No podemos responder todas las "
        "preguntas, y no podemos darle consejos sobre su propia atención.</p>"
    ),
    "privacy_note": (
        "<ul><li>Solo guardamos lo que escribe en este formulario. No guardamos su nombre ni dónde está.</li>"
        "<li>Nunca publicamos su pregunta tal como la envió. Si la respondemos, la escribimos otra vez con "
        "nuestras palabras, sin nada que pueda mostrar quién es usted.</li>"
        "<li>Si nos da su correo electrónico, lo usamos solo una vez: para avisarle cuando la respuesta esté en "
        "nuestra web. Después lo borramos.</li>"
        "<li>Borramos todas las preguntas a los 90 días.</li></ul>"
    ),
    "confirmation": (
        "<p>Gracias por su pregunta. Nuestro equipo lee todas las preguntas.</p>"
        "<p>Si la respondemos, la respuesta estará en nuestra web dentro de unas semanas. Si nos dio su correo "
        "electrónico, le enviaremos un solo correo con un enlace a la respuesta, y después borraremos su "
        "dirección.</p>"
    ),
}

ANSWERS_INDEX = {
    "title": "Preguntas respondidas",
    "search_description": "Preguntas de pacientes y cuidadores sobre la caquexia, respondidas por expertos "
    "y revisadas.",
    "intro": (
        "<p>Estas son preguntas que nos han hecho pacientes y cuidadores. Las respondieron expertos, y un "
        "profesional sanitario revisó cada respuesta. Las respuestas son información general. Para su propia "
        "atención, hable con su equipo médico.</p>"
    ),
}

CARE_TEAM_CALLOUT = {
    "type": "callout",
    "value": {
        "kind": "info",
        "heading": "Hable con su equipo médico",
        "text": "<p>Esta respuesta es información general. Su médico, su enfermera o su dietista conocen mejor su "
        "caso. Pregúnteles qué es lo mejor para usted.</p>",
    },
}

ANSWERS = {
    "losing-weight-while-eating": {
        "title": "¿Por qué pierdo peso si sigo comiendo?",
        "question": "Tengo cáncer y sigo comiendo, pero no dejo de perder peso. ¿Por qué me pasa esto?",
        "short_answer": (
            "El cáncer puede cambiar cómo el cuerpo usa la comida. Por eso puede perder peso y músculo aunque "
            "coma. Esto puede ser parte de un problema llamado caquexia. Cuéntele a su equipo médico si pierde "
            "peso sin querer, para que puedan ver qué pasa y ayudarle."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>Con el cáncer, el cuerpo puede empezar a deshacer músculo más deprisa de lo que lo "
                    "forma. El cáncer también puede causar un tipo de hinchazón dentro del cuerpo, llamada "
                    "inflamación, que puede cambiar cómo el cuerpo usa la energía.</p>"
                    "<p>Los expertos llaman a esto caquexia (se dice: ca-QUEC-sia). Un grupo internacional de "
                    "expertos la describe como una pérdida de músculo que comer más de lo normal no puede "
                    "recuperar del todo. Por eso comer más no siempre frena la pérdida de peso.</p>"
                    "<p>Perder peso también puede tener otras causas, como los efectos del tratamiento, el dolor "
                    "o llagas en la boca. Solo su equipo médico puede saber cuál es la causa en su caso.</p>"
                    "<h2>Qué puede hacer</h2>"
                    "<ul><li>Pésese una vez a la semana y apúntelo.</li>"
                    "<li>Cuéntele a su equipo médico si pierde peso sin querer.</li>"
                    "<li>Pregunte si puede ver a un dietista.</li></ul>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
    },
    "seeing-a-dietitian": {
        "title": "¿Debo pedir ver a un dietista?",
        "question": "Cada vez tengo menos apetito. ¿Vale la pena pedir ver a un dietista?",
        "short_answer": (
            "Sí, vale la pena pedirlo. Una guía para médicos del cáncer dice que a las personas con caquexia se "
            "les debe ofrecer ver a un dietista. Un dietista le puede ayudar a sacar más energía y proteína de la "
            "comida que puede tomar."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>Un dietista es un profesional sanitario que sabe de comida y de enfermedades. Puede ver "
                    "lo que usted come ahora y proponerle pequeños cambios que le resulten fáciles.</p>"
                    "<p>La guía sobre caquexia de la Sociedad Americana de Oncología Clínica (ASCO) dice que los "
                    "médicos deben ofrecer a las personas ver a un dietista. Usted también puede pedirlo.</p>"
                    "<h2>Cosas en las que le puede ayudar un dietista</h2>"
                    "<ul><li>Comidas pequeñas y tentempiés que dan más energía.</li>"
                    "<li>Ideas para cuando la comida sabe distinta o se llena enseguida.</li>"
                    "<li>Si le puede venir bien un batido nutritivo.</li></ul>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
    },
    "medicine-for-cachexia": {
        "title": "¿Hay alguna medicina para la caquexia?",
        "question": "¿Hay alguna medicina que pueda frenar la caquexia o devolverme el apetito?",
        "short_answer": (
            "No hay ninguna medicina que cure la caquexia. Algunas medicinas pueden ayudar al apetito o al peso "
            "durante un tiempo en algunas personas, pero pueden tener efectos secundarios. Solo su equipo médico "
            "puede decir si alguna podría ser buena para usted."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>En 2020, la guía de ASCO dijo que ninguna medicina es el tratamiento habitual de la "
                    "caquexia. Dijo que los médicos pueden probar algunas medicinas durante poco tiempo en algunas "
                    "personas, para ayudar al apetito.</p>"
                    "<p>En 2023, ASCO actualizó sus consejos. Dijo que una dosis baja de una medicina llamada "
                    "olanzapina puede ayudar a algunas personas con el apetito y el peso. También dijo que, en ese "
                    "momento, ninguna medicina estaba aprobada en Estados Unidos para tratar la caquexia por "
                    "cáncer.</p>"
                    "<p>Todas las medicinas pueden tener efectos secundarios, y algunas no se llevan bien con el "
                    "tratamiento del cáncer. Por favor, hable antes con su equipo médico si quiere empezar, dejar o "
                    "comprar una medicina o un suplemento para esto.</p>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
    },
    "feeding-tube-or-drip": {
        "title": "¿Me ayudaría una sonda o un gotero?",
        "question": "¿Podría una sonda de alimentación o un gotero frenar la pérdida de peso?",
        "short_answer": (
            "Normalmente no, solo para la caquexia. La guía de ASCO dice que la alimentación por sonda y por "
            "gotero no se debe usar de forma habitual para la caquexia por cáncer. Pueden ayudar en otras "
            "situaciones, así que pregunte a su equipo médico qué es lo mejor para usted."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>Una sonda de alimentación lleva comida líquida directamente al estómago o al intestino. Un "
                    "gotero puede llevar alimento directamente a una vena.</p>"
                    "<p>La caquexia no consiste solo en comer poco, así que la comida extra por una sonda o un "
                    "gotero no la arregla del todo. Por eso la guía de ASCO dice que no se deben usar como "
                    "tratamiento habitual de la caquexia por cáncer.</p>"
                    "<p>Algunas personas sí necesitan una sonda o un gotero por otros motivos, por ejemplo si no "
                    "pueden tragar. Su equipo médico hablará con usted de las ventajas y los riesgos en su caso.</p>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
    },
    "helping-someone-who-eats-little": {
        "title": "¿Cómo puedo ayudar a alguien que ya casi no come?",
        "question": "Mi padre tiene cáncer y ahora casi no come. ¿Cómo lo ayudo sin que se sienta mal?",
        "short_answer": (
            "Ofrézcale a menudo pequeñas cantidades de comida que le guste, e intente no insistir. La caquexia la "
            "causa la enfermedad, no algo que él o usted estén haciendo mal. Pida ayuda al equipo médico de su "
            "padre: un dietista, y apoyo para los dos."
        ),
        "body": [
            {
                "type": "rich_text",
                "value": (
                    "<p>Es muy duro ver comer menos a alguien a quien quiere. Muchos cuidadores se sienten "
                    "preocupados o incluso culpables. Recuerde: la caquexia viene de la enfermedad. No es culpa "
                    "de usted, y tampoco es culpa de él.</p>"
                    "<h2>Ideas que ayudan a algunas familias</h2>"
                    "<ul><li>Ofrezca tentempiés y bebidas pequeños durante el día en lugar de comidas grandes.</li>"
                    "<li>Tenga a mano las comidas que más le gustan a su padre, y deje que elija él.</li>"
                    "<li>Coman juntos cuando puedan, pero con calma.</li>"
                    "<li>Intente no contar en voz alta cada bocado.</li></ul>"
                    "<p>Una guía europea para médicos del cáncer dice que todas las personas con caquexia deben "
                    "recibir consejos sobre la comida e información sobre la caquexia, y apoyo con cómo les hace "
                    "sentir. Este apoyo también es para los cuidadores. Pregunte al equipo médico de su padre qué hay "
                    "disponible.</p>"
                ),
            },
            CARE_TEAM_CALLOUT,
        ],
    },
}
