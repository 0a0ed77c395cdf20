"""Portuguese material for ``mystery`` and ``bedtime``."""

from t2m.generate.story_data.model import Frame, Material

MYSTERY = Material(
    kind="story",
    subject="a mystery story with a fair clue and a satisfying solution",
    titles=(
        "O desaparecimento {of_thing}",
        "{The_thing} de {town}",
        "{Name} e o caso {of_thing}",
        "Um enigma {in_spot}",
    ),
    descriptions=(
        "{A_thing} desaparece {of_spot}, em {town}, e {name} tem uma noite para descobrir quem "
        "{t_o} levou. Um pequeno mistério com uma pista honesta.",
        "Todos tinham um motivo para querer {the_thing}. {Name} segue as pistas {in_spot} até "
        "uma resposta que ninguém esperava.",
    ),
    places=(
        {
            "place": "um museu movimentado à beira do rio",
            "spot": "o museu",
            "in_spot": "no museu",
            "of_spot": "do museu",
        },
        {
            "place": "um grande hotel antigo à beira-mar",
            "spot": "o hotel",
            "in_spot": "no hotel",
            "of_spot": "do hotel",
        },
        {
            "place": "uma casa de campo cheia de convidados",
            "spot": "a casa",
            "in_spot": "na casa",
            "of_spot": "da casa",
        },
        {
            "place": "um palacete antigo no centro histórico",
            "spot": "o palacete",
            "in_spot": "no palacete",
            "of_spot": "do palacete",
        },
    ),
    things=(
        {
            "thing": "bússola de prata",
            "a_thing": "uma bússola de prata",
            "the_thing": "a bússola de prata",
            "of_thing": "da bússola de prata",
            "t_o": "a",
        },
        {
            "thing": "anel de esmeralda",
            "a_thing": "um anel de esmeralda",
            "the_thing": "o anel de esmeralda",
            "of_thing": "do anel de esmeralda",
            "t_o": "o",
        },
        {
            "thing": "relógio de bolso de ouro",
            "a_thing": "um relógio de bolso de ouro",
            "the_thing": "o relógio de bolso de ouro",
            "of_thing": "do relógio de bolso de ouro",
            "t_o": "o",
        },
        {
            "thing": "leque pintado à mão",
            "a_thing": "um leque pintado à mão",
            "the_thing": "o leque pintado à mão",
            "of_thing": "do leque pintado à mão",
            "t_o": "o",
        },
        {
            "thing": "colar de pérolas",
            "a_thing": "um colar de pérolas",
            "the_thing": "o colar de pérolas",
            "of_thing": "do colar de pérolas",
            "t_o": "o",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{The_thing} desapareceu {of_spot} às nove em ponto, durante os únicos cinco "
                "minutos em que faltou a luz. Quando as luzes voltaram, a vitrine estava vazia e "
                "intacta. {Name}, que resolvia enigmas por profissão, notou logo um detalhe "
                "estranho: a chave da vitrine estava pendurada ao contrário.",
                "{Name} chegou a {town} para um fim de semana tranquilo, mas logo na primeira "
                "noite {the_thing} desapareceu da vitrine {of_spot}. O vidro estava inteiro e a "
                "fechadura intacta. Lá fora, a tempestade tinha deixado tudo às escuras durante "
                "cinco minutos.",
            ),
            beats=(
                "O dono {of_spot}, um senhor de bigode branco, torcia as mãos de aflição. "
                "{The_thing} era a peça mais valiosa da casa, dizia ele, uma herança da avó que "
                "nunca tinha saído de {town}. {Name} anotou tudo num caderninho de capa preta e "
                "não disse uma palavra.",
                "{Friend}, que estava mais perto da vitrine, jurou não ter visto nada. Tinha a "
                "manga da camisa manchada de vinho tinto. Explicou, envergonhad{friend_o}, que no "
                "escuro tinha esbarrado em alguém que levava uma bandeja. {Name} reparou que a "
                "mancha ainda estava fresca.",
                "Um dos funcionários lembrava-se de um desconhecido de casaco cinzento que tinha "
                "saído cedo. Todos ficaram convencidos de que era ele o ladrão, e alguém correu "
                "para a chuva à procura dele. {Name} limitou-se a perguntar quem tinha voltado a "
                "ligar a luz.",
                "O quadro elétrico ficava na despensa, e {name} foi vê-lo com uma vela na mão. Não "
                "havia defeito nenhum, nem fios queimados, nem fusíveis estragados. Alguém tinha "
                "desligado o interruptor geral à mão e voltado a ligá-lo cinco minutos mais "
                "tarde.",
                "Na cozinha, a cozinheira jurava que ninguém tinha passado por ali. Durante o "
                "apagão, disse, ouvira apenas o gato a derrubar uma panela. Logo a seguir, "
                "ouvira passos apressados na escada de serviço, a que vai dar à biblioteca.",
                "A chave da vitrine ficava pendurada num prego da biblioteca, ao lado da lareira. "
                "Estava no lugar, mas ao contrário, com os dentes virados para a parede. Quem a "
                "tinha devolvido fizera-o com muita pressa, e no escuro.",
                "O sobrinho do dono tinha dívidas de jogo, e isso não era segredo para ninguém. "
                "Quando faltou a luz, estava sozinho na varanda, com um cigarro. Ficou pálido com "
                "as perguntas, mas tinha os sapatos encharcados, como quem esteve mesmo lá fora "
                "à chuva.",
                "{Name} ouviu os convidados, um por um. Dona Amélia, secretária do dono havia "
                "trinta anos, contou que passara o apagão inteiro na biblioteca, mergulhada num "
                "romance. Estava tão entretida, disse, que nem tinha notado a falta de luz.",
                "O homem de casaco cinzento que saíra cedo da festa foi encontrado na praça, "
                "abrigado da chuva. Era um poeta e tinha ido embora porque ninguém quisera ouvir "
                "os seus versos. Nos bolsos levava apenas um lápis e três sonetos molhados.",
                "{Name} foi à biblioteca e tocou nas velas do candelabro. Estavam frias, com os "
                "pavios ainda brancos, nunca acesos. Depois ficou um longo momento diante das "
                "estantes, em silêncio. Passava o dedo pelas lombadas, como quem procura um livro "
                "que não devia estar ali.",
                "Lá fora, a tempestade não dava tréguas. {Name} abriu a janela da biblioteca e "
                "examinou o parapeito. Não havia marcas nem lama, e a janela estivera trancada por "
                "dentro. Quem tinha levado {the_thing} não saíra por ali, nem sequer tinha saído "
                "do edifício.",
            ),
            climaxes=(
                "{Name} reuniu todos na sala. Dona Amélia dissera que passara o apagão mergulhada "
                "num romance, sem notar a falta de luz. Mas ninguém lê no escuro, e as velas da "
                "biblioteca nunca tinham sido acesas. Foi ela quem desligou o interruptor geral e "
                "abriu a vitrine. Depois, devolveu a chave à pressa, pendurada ao contrário.",
            ),
            endings=(
                "Dona Amélia baixou os olhos e não negou. {The_thing} foi encontrad{t_o} dentro "
                "de um livro oco, na prateleira mais alta da biblioteca. {Name} voltou para casa "
                "nessa mesma noite e dormiu como uma pedra.",
                "Trinta anos de serviço e nenhum aumento, explicou Dona Amélia, com toda a calma. "
                "{The_thing} voltou à vitrine antes da meia-noite. Desde então, {name} desconfia "
                "um pouco de quem diz que gosta de ler às escuras.",
            ),
            texture=(
                "A chuva tamborilava nas janelas altas.",
                "Num corredor distante, um relógio bateu o quarto de hora.",
                "Os convidados cochichavam em pequenos grupos preocupados.",
            ),
        ),
    ),
)

BEDTIME = Material(
    kind="story",
    subject="a calm, gentle bedtime story for young children",
    titles=(
        "{O} {animal}{o} que não conseguia dormir",
        "{Name} e a lua sossegada",
        "Boa noite, {name}",
        "O caminho de volta {to_spot}",
    ),
    descriptions=(
        "{Um} {animal}{o} chamad{o} {name} vai à procura de uma estrela e encontra o caminho de "
        "casa. Uma história calma para adormecer.",
        "Suave, lenta e sonolenta: {name} despede-se de todos os amigos antes de dormir.",
    ),
    places=(
        {
            "place": "uma clareira à beira do bosque",
            "in_place": "numa clareira à beira do bosque",
            "spot": "a clareira",
            "to_spot": "para a clareira",
        },
        {
            "place": "um velho salgueiro junto a um rio preguiçoso",
            "in_place": "no tronco de um velho salgueiro, junto a um rio preguiçoso",
            "spot": "o salgueiro",
            "to_spot": "para o salgueiro",
        },
        {
            "place": "um jardim atrás de uma casinha azul",
            "in_place": "num jardim atrás de uma casinha azul",
            "spot": "o jardim",
            "to_spot": "para o jardim",
        },
    ),
    things=(
        {"animal": "coelhinh"},
        {"animal": "ursinh"},
        {"animal": "gatinh"},
        {"animal": "patinh"},
        {"animal": "ratinh"},
        {"animal": "porquinh"},
    ),
    frames=(
        Frame(
            openings=(
                "Era uma vez {um} {animal}{o} chamad{o} {name}, que vivia {in_place}. Todas as "
                "noites as estrelas acendiam-se uma a uma, e todas as noites {name} ficava "
                "curios{o} demais para fechar os olhos.",
                "{In_place}, onde o chão era macio e o ar cheirava a trevo, vivia {um} {animal}{o} "
                "chamad{o} {name}. Uma noite, viu uma estrela descer devagarinho para lá das "
                "colinas e decidiu ir procurá-la.",
            ),
            beats=(
                "{Name} passou pelas flores adormecidas, que tinham fechado as pétalas como "
                "mãozinhas. “Boa noite, flores”, sussurrou {name}. E as flores abanaram a cabeça "
                "devagar, ao sabor da brisa, como quem diz boa noite também. Uma delas ainda "
                "bocejou, muito baixinho.",
                "Junto ao lago estava uma velha tartaruga chamada {friend}, sentada numa pedra "
                "lisa. “As estrelas não caem”, disse {friend} com um sorriso. “Descem só um "
                "pouquinho, para se verem na água.” E lá estava uma estrela no lago, redonda e "
                "brilhante como um botão de prata.",
                "{Name} tocou na água com a pontinha da pata. A estrela do lago tremeu, partiu-se "
                "em cem pedacinhos de luz e depois, devagarinho, juntou-se outra vez, como se nada "
                "tivesse acontecido. {Name} deu uma risadinha baixa e sonolenta.",
                "Passou uma família de pirilampos, cada um com a sua lanterninha. Mostraram a "
                "{name} o caminho por entre a erva alta, acendendo e apagando, acendendo e "
                "apagando. E cada vez acendiam mais devagar, como se também eles tivessem sono.",
                "Em cima de uma folha larga, um caracol arrumava a casa para a noite. “Eu levo a "
                "minha casa às costas”, explicou ele, “e por isso nunca me perco.” {Name} achou "
                "aquilo muito sensato e desejou-lhe bons sonhos.",
                "Num ramo estava uma coruja cinzenta, de olhos grandes e meigos. “Todos precisam "
                "de descansar”, disse a coruja, “até as estrelas. Dormem o dia inteiro, para "
                "poderem brilhar a noite toda.” E piscou um olho a {name}, muito devagar.",
                "As nuvens passavam devagar, como ovelhas brancas a caminho de casa. {Name} "
                "contou uma, duas, três nuvens, e à quarta já não se lembrava do número seguinte. "
                "Não fazia mal nenhum. As nuvens também não sabiam contar.",
                "Um ouriço pequenino passou a correr, com uma maçã espetada nos picos. “Vou "
                "levá-la à minha avó”, disse, “que gosta de maçãs ao jantar.” {Name} sorriu e "
                "pensou na sua própria casa, tão quentinha e tão perto.",
                "Uma brisa fresca veio cantarolar entre as folhas, uma canção sem palavras. {Name} "
                "deu um bocejo enorme, o maior bocejo da noite inteira, e as patinhas começaram a "
                "ficar muito, muito pesadas. Até o corpo inteiro parecia feito de algodão.",
                "Lá no alto, a lua espreitava entre os ramos, redonda e branca como um prato de "
                "leite. Parecia sorrir só para {name}. “Eu vou contigo até casa”, dizia o seu "
                "sorriso. “Não tenhas pressa nenhuma.”",
                "O rio cantava baixinho a mesma canção de sempre, a que cantava desde que {name} "
                "era muito pequenin{o}. Dizia assim: devagar, devagar, tudo descansa. Os juncos "
                "da margem balançavam ao compasso, para a frente e para trás.",
                "{Name} olhou para trás, para o caminho por onde tinha vindo. Lá longe, {spot} "
                "esperava em silêncio, com uma caminha de musgo quentinha, do tamanho certo para "
                "{um} {animal}{o} pequen{o}. Só de pensar nela, {name} sentiu os olhos a fechar.",
            ),
            climaxes=(
                "Então {name} deu meia-volta e caminhou devagarinho para casa, passando pelo lago, "
                "pelos pirilampos e pelas flores fechadas. A lua seguiu-{o} o caminho inteiro, "
                "como quem quer ter a certeza de que {ele} chega bem.",
            ),
            endings=(
                "{Name} enroscou-se na caminha de musgo e fechou os olhos. “Boa noite, estrelas”, "
                "sussurrou. E as estrelas, lá no alto, brilharam com mais suavidade e ficaram de "
                "guarda até de manhã.",
                "Já em casa, {name} aconchegou-se, quentinh{o} e segur{o}. As estrelas piscavam, "
                "o rio murmurava, e em pouco tempo {o} pequen{o} {animal}{o} dormia profundamente "
                "e sonhava com lagos de prata. Boa noite, {name}. Boa noite.",
            ),
            texture=(
                "Tudo estava calmo e lento.",
                "A noite era macia e quentinha, como um cobertor.",
                "Lá longe, um grilo cantava baixinho para o mundo adormecer.",
            ),
        ),
    ),
)
