"""Portuguese material for the list topics: ``interesting_history``,
``fun_facts`` and ``life_pro_tips``."""

from t2m.generate.story_data.model import Frame, Material

HISTORY = Material(
    kind="list",
    subject="a true, well-documented and interesting story from history",
    titles=(
        "{n} momentos estranhos, mas verdadeiros, da história",
        "A história é mais estranha do que parece",
        "{n} histórias verdadeiras do passado",
    ),
    descriptions=(
        "{n} momentos reais da história que parecem saídos de um romance.",
        "Uma guerra contra aves, uma inundação de melaço e uma epidemia de dança: a história é "
        "mais estranha do que a ficção.",
    ),
    frames=(
        Frame(
            openings=(
                "A história está cheia de momentos tão estranhos que parecem inventados. Todos "
                "estes aconteceram mesmo.",
                "A maior parte destas histórias não vem nos livros da escola, mas todas são "
                "verdadeiras.",
            ),
            beats=(
                "Em 1932, a Austrália mandou soldados com metralhadoras combater os emus que "
                "destruíam as colheitas no oeste do país. As aves dispersaram-se e quase todas "
                "sobreviveram. A imprensa chamou-lhe a Grande Guerra dos Emus, e os emus "
                "ganharam.",
                "No dia 1 de novembro de 1755, dia de Todos os Santos, um sismo violentíssimo "
                "destruiu grande parte de Lisboa. Seguiram-se um maremoto e incêndios que duraram "
                "dias. A Baixa foi reconstruída com ruas largas e alinhadas.",
                "No fim de 1807, fugindo das tropas de Napoleão, a família real portuguesa "
                "atravessou o Atlântico. Instalou-se no Rio de Janeiro, e durante mais de uma "
                "década a corte de um reino europeu governou a partir das Américas.",
                "O Brasil tornou-se independente em 1822 pela mão de Dom Pedro, filho do próprio "
                "rei de Portugal. Anos mais tarde, ele voltou à Europa e lutou para pôr a filha no "
                "trono português.",
                "Pouco depois da meia-noite de 25 de abril de 1974, a rádio transmitiu a canção "
                "“Grândola, Vila Morena”. Era a senha de uma revolução. A ditadura caiu nesse dia, "
                "e o povo pôs cravos vermelhos nas armas dos soldados.",
                "Em 1906, em Paris, o brasileiro Alberto Santos-Dumont voou com o 14-bis diante "
                "de uma multidão e de testemunhas oficiais. No Brasil, muita gente ainda o "
                "considera o verdadeiro pai da aviação.",
                "A expedição da primeira volta ao mundo foi comandada por um português, Fernão de "
                "Magalhães, e paga pela coroa espanhola. Magalhães morreu nas Filipinas em "
                "1521, e só um dos navios regressou, com dezoito homens a bordo.",
                "Em janeiro de 1919, um enorme tanque de melaço rebentou em Boston. Uma onda "
                "espessa e pegajosa varreu as ruas e matou vinte e uma pessoas. Durante décadas, "
                "dizia-se que o bairro cheirava a açúcar nos dias de calor.",
                "A guerra mais curta de que há registo foi travada entre o Reino Unido e Zanzibar, "
                "em 1896. Durou menos de uma hora, até o palácio do sultão ser bombardeado.",
                "No verão de 1518, em Estrasburgo, uma mulher começou a dançar na rua e não "
                "conseguia parar. Em poucas semanas, dezenas de pessoas tinham-se juntado a ela. "
                "Os historiadores ainda discutem a causa desta epidemia de dança.",
                "Em 1628, o navio de guerra sueco Vasa, orgulho da marinha, partiu de Estocolmo na "
                "primeira viagem. Afundou-se a menos de dois quilómetros do porto. Foi resgatado "
                "em 1961 e hoje pode ser visitado num museu.",
                "No Natal de 1914, em plena Primeira Guerra Mundial, soldados de vários pontos da "
                "frente ocidental pararam de combater. Cantaram, trocaram presentes na terra de "
                "ninguém e, em alguns lugares, até jogaram futebol.",
                "Em 1983, o oficial soviético Stanislav Petrov viu os ecrãs anunciarem mísseis "
                "americanos a caminho. Concluiu que era um falso alarme e não o comunicou como "
                "ataque. Tinha razão, e talvez tenha evitado uma guerra nuclear.",
                "Em 1815, o vulcão Tambora, na Indonésia, teve uma erupção gigantesca. No ano "
                "seguinte, a Europa viveu um ano sem verão. Fechada em casa pelo mau tempo, Mary "
                "Shelley começou a escrever Frankenstein.",
                "Em 1970, um tanque de oxigénio explodiu na Apollo 13, a caminho da Lua. A "
                "tripulação usou o módulo lunar como barco salva-vidas, improvisou um filtro de ar "
                "e os três astronautas voltaram sãos e salvos.",
                "Quando o Vesúvio entrou em erupção, no ano 79, soterrou Pompeia debaixo de "
                "cinzas. A cidade ficou tão bem conservada que ainda hoje se veem pães "
                "carbonizados nos fornos e inscrições nas paredes.",
            ),
            climaxes=(),
            endings=(
                "Afinal, a história consegue ser muito mais estranha do que a ficção.",
                "Qual destas histórias gostaria de conhecer melhor? O passado está cheio de "
                "surpresas.",
            ),
        ),
    ),
)

FUN_FACTS = Material(
    kind="list",
    subject="a script of surprising but true fun facts, each explained in a sentence",
    titles=(
        "{n} curiosidades que talvez não conhecesse",
        "{n} curiosidades surpreendentes sobre o nosso mundo",
        "Sabia? {n} curiosidades incríveis",
    ),
    descriptions=(
        "{n} curiosidades verdadeiras sobre animais, o espaço e a história, que parecem "
        "inventadas mas não são.",
        "Rápidas, verdadeiras e surpreendentes: {n} curiosidades para contar a um amigo.",
    ),
    frames=(
        Frame(
            openings=(
                "Aqui ficam algumas curiosidades que parecem inventadas, mas são totalmente "
                "verdadeiras.",
                "Prepare-se para ficar de boca aberta. Todas estas curiosidades são verdade.",
            ),
            beats=(
                "Encontrou-se mel em túmulos do antigo Egito que ainda era comestível milhares de "
                "anos depois. Tem tão pouca água e é tão ácido que as bactérias não conseguem "
                "crescer nele.",
                "Os polvos têm três corações e sangue azul. Dois corações bombeiam o sangue pelas "
                "brânquias, e o terceiro leva-o ao resto do corpo.",
                "Para a botânica, a banana é uma baga, mas o morango não é. Uma baga verdadeira "
                "nasce de uma única flor com um só ovário, e o morango não cumpre essa regra.",
                "Um dia em Vénus dura mais do que um ano em Vénus. O planeta gira tão devagar "
                "sobre si mesmo que completa a volta ao Sol antes de completar uma rotação.",
                "Os tubarões são mais antigos do que as árvores. Apareceram há mais de "
                "quatrocentos milhões de anos, dezenas de milhões de anos antes das primeiras "
                "árvores verdadeiras.",
                "Os vombates, uns marsupiais australianos, fazem cocó em forma de cubo. A forma "
                "surge no fim do intestino e impede que os excrementos rebolem para longe.",
                "A Torre Eiffel fica mais alta no verão. O calor faz o ferro dilatar, e o topo "
                "pode subir mais de dez centímetros num dia muito quente.",
                "As lontras-marinhas dão muitas vezes as mãos enquanto dormem, para não se "
                "afastarem umas das outras ao sabor da corrente.",
                "Cleópatra viveu mais perto, no tempo, da chegada do homem à Lua do que da "
                "construção da Grande Pirâmide de Gizé.",
                "Os flamingos só são cor-de-rosa por causa dos pigmentos dos camarões e das algas "
                "que comem. Sem essa dieta, as penas ficam quase brancas.",
                "Os colibris, também chamados beija-flores, conseguem voar para trás e ficar "
                "parados no ar. Para isso, batem as asas dezenas de vezes por segundo.",
                "O rio Amazonas lança no oceano mais água do que qualquer outro rio do mundo. É "
                "cerca de um quinto de toda a água doce que os rios levam ao mar.",
                "As borboletas sentem o sabor com as patas. Os sensores que têm nas pernas dizem-"
                "lhes se uma folha é boa para pôr os ovos.",
                "Os coalas dormem até vinte horas por dia, em parte porque as folhas de eucalipto "
                "que comem lhes dão muito pouca energia.",
                "A Universidade de Oxford é mais antiga do que o Império Asteca. Já se ensinava em "
                "Oxford por volta de 1096, e a capital asteca só foi fundada em 1325.",
                "O português é língua oficial em nove países, espalhados por quatro continentes, "
                "de Portugal e do Brasil até Angola, Moçambique e Timor-Leste.",
                "Os relâmpagos atingem a Terra cerca de quarenta vezes por segundo. Ao fim de um "
                "ano, são mais de mil milhões de descargas.",
                "O animal nacional da Escócia é o unicórnio. Símbolo de pureza e de força, aparece "
                "há séculos nos brasões reais escoceses.",
            ),
            climaxes=(),
            endings=(
                "Qual destas o surpreendeu mais? Conte-a hoje a alguém.",
                "O mundo é mais estranho do que parece. Não perca a curiosidade.",
            ),
        ),
    ),
)

LIFE_PRO_TIPS = Material(
    kind="list",
    subject="a script of practical, safe life pro tips, each with the reason it works",
    titles=(
        "{n} dicas práticas que vale a pena conhecer",
        "{n} pequenos hábitos que facilitam a vida",
        "Truques do dia a dia: {n} dicas que funcionam mesmo",
    ),
    descriptions=(
        "{n} dicas práticas para o dia a dia, cada uma com a razão por que funciona.",
        "Simples, úteis e gratuitas: {n} dicas para a vida.",
    ),
    frames=(
        Frame(
            openings=(
                "Aqui ficam algumas pequenas dicas que podem tornar o dia a dia um pouco mais "
                "fácil.",
                "Estas dicas aprendem-se em segundos e podem poupar-lhe horas.",
            ),
            beats=(
                "Use a regra dos dois minutos. Se uma tarefa leva menos de dois minutos, faça-a "
                "já. Anotá-la e lembrar-se dela mais tarde dá mais trabalho do que fazê-la.",
                "Antes de uma conversa difícil, escreva a única coisa que quer que a outra pessoa "
                "perceba. Isso ajuda a manter a calma e a não fugir do assunto.",
                "Deixe o telefone noutra divisão quando precisar de se concentrar. Mesmo em "
                "silêncio, um telefone em cima da mesa puxa pela sua atenção.",
                "Quando ouvir o nome de alguém pela primeira vez, use-o uma vez na conversa. "
                "Dizê-lo em voz alta ajuda a memória a guardá-lo.",
                "Prepare a roupa e a mochila na noite anterior. As manhãs correm muito melhor "
                "quando as decisões já estão tomadas.",
                "Se não consegue decidir entre duas opções, atire uma moeda ao ar. Enquanto ela "
                "está no ar, muitas vezes percebe de que lado está a torcer.",
                "Tenha um caderninho ou uma nota no telefone só para ideias. As ideias chegam nas "
                "horas mais estranhas e vão-se embora com a mesma rapidez.",
                "Beba um copo de água ao acordar. Depois de uma noite inteira sem beber, é uma das "
                "maneiras mais simples de despertar o corpo.",
                "Espere um dia antes de comprar alguma coisa cara que não estava nos seus planos. "
                "Se amanhã ainda a quiser, provavelmente vale a pena.",
                "Tire uma fotografia ao lugar onde estacionou, à bagagem antes de uma viagem e aos "
                "documentos importantes. É a cópia de segurança mais fácil que alguma vez fará.",
                "Quando se sentir sobrecarregado, escreva todas as tarefas num papel e escolha "
                "apenas uma. Uma lista no papel pesa menos do que uma lista na cabeça.",
                "Levante-se e caminhe alguns minutos a cada hora. As costas, os olhos e as ideias "
                "agradecem, e volta ao trabalho com a cabeça mais fresca.",
                "Agradeça por escrito quando alguém o ajudar. Um bilhete curto é lembrado durante "
                "muito mais tempo do que um obrigado apressado.",
                "Ponha o despertador para a hora a que precisa mesmo de se levantar. Adiar o "
                "alarme várias vezes estraga o último sono, que é o mais reparador.",
                "Arrume enquanto cozinha. Lavar uma tigela enquanto a massa coze significa que a "
                "cozinha está quase limpa quando se senta para comer.",
                "Guarde as chaves sempre no mesmo lugar, logo à entrada de casa. Um hábito tão "
                "pequeno poupa muitas manhãs de pressa e de nervos.",
                "Aprenda a dizer: deixe-me pensar e depois respondo. Ganha tempo para tomar uma "
                "decisão de que não se vai arrepender.",
                "Tenha sempre um carregador de telefone na mala ou na mochila. O dia em que "
                "precisar dele nunca será o dia que planeou.",
            ),
            climaxes=(),
            endings=(
                "Experimente uma destas dicas hoje e veja o que muda.",
                "Os pequenos hábitos somam-se. Escolha a sua dica preferida e comece por ela.",
            ),
        ),
    ),
)
