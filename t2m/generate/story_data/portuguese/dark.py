"""Portuguese material for ``scary`` and ``urban_legends``."""

from t2m.generate.story_data.model import Frame, Material

SCARY = Material(
    kind="story",
    subject="a scary story",
    titles=(
        "{The_thing} {in_spot}",
        "Três noites em {town}",
        "O que esperava {in_spot}",
        "{Name} e {the_thing}",
        "Alguém voltou {to_spot}",
    ),
    descriptions=(
        "{Name} passa algumas noites {in_spot}, perto de {town}, e {the_thing} que lá está não "
        "fica onde {t_o} deixam. Uma história de terror para ouvir com a luz acesa.",
        "Um lugar barato para ficar, uma vila sossegada e {a_thing} que se mexe sozinh{t_o}. Uma "
        "curta história de terror sobre {name}, que ficou uma noite a mais.",
    ),
    places=(
        {
            "place": "um farol abandonado nas falésias do norte",
            "spot": "o farol",
            "in_spot": "no farol",
            "of_spot": "do farol",
            "to_spot": "ao farol",
        },
        {
            "place": "um velho casarão no fim de uma estrada de terra",
            "spot": "o casarão",
            "in_spot": "no casarão",
            "of_spot": "do casarão",
            "to_spot": "ao casarão",
        },
        {
            "place": "um hotel fechado há vinte anos",
            "spot": "o hotel",
            "in_spot": "no hotel",
            "of_spot": "do hotel",
            "to_spot": "ao hotel",
        },
        {
            "place": "uma cabana escondida no meio dos pinheiros",
            "spot": "a cabana",
            "in_spot": "na cabana",
            "of_spot": "da cabana",
            "to_spot": "à cabana",
        },
        {
            "place": "um antigo colégio interno no alto da colina",
            "spot": "o colégio",
            "in_spot": "no colégio",
            "of_spot": "do colégio",
            "to_spot": "ao colégio",
        },
    ),
    things=(
        {
            "thing": "caixinha de música",
            "a_thing": "uma caixinha de música",
            "the_thing": "a caixinha de música",
            "of_thing": "da caixinha de música",
            "it": "ela",
            "of_it": "dela",
            "t_o": "a",
            "t_lo": "la",
        },
        {
            "thing": "espelho",
            "a_thing": "um espelho",
            "the_thing": "o espelho",
            "of_thing": "do espelho",
            "it": "ele",
            "of_it": "dele",
            "t_o": "o",
            "t_lo": "lo",
        },
        {
            "thing": "rádio",
            "a_thing": "um rádio antigo",
            "the_thing": "o rádio",
            "of_thing": "do rádio",
            "it": "ele",
            "of_it": "dele",
            "t_o": "o",
            "t_lo": "lo",
        },
        {
            "thing": "boneca de porcelana",
            "a_thing": "uma boneca de porcelana",
            "the_thing": "a boneca de porcelana",
            "of_thing": "da boneca de porcelana",
            "it": "ela",
            "of_it": "dela",
            "t_o": "a",
            "t_lo": "la",
        },
        {
            "thing": "relógio de pêndulo",
            "a_thing": "um relógio de pêndulo",
            "the_thing": "o relógio de pêndulo",
            "of_thing": "do relógio de pêndulo",
            "it": "ele",
            "of_it": "dele",
            "t_o": "o",
            "t_lo": "lo",
        },
        {
            "thing": "cadeira de balanço",
            "a_thing": "uma cadeira de balanço",
            "the_thing": "a cadeira de balanço",
            "of_thing": "da cadeira de balanço",
            "it": "ela",
            "of_it": "dela",
            "t_o": "a",
            "t_lo": "la",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{Name} mudou-se para {place}, perto de {town}, na primeira noite fria do outono. "
                "O preço era baixo, os vizinhos eram discretos e ninguém lhe falou {of_thing} que "
                "esperava no quarto do fundo do corredor.",
                "Ninguém em {town} se aproximava {of_spot} depois de escurecer, mas {name} "
                "precisava do dinheiro. O trabalho parecia simples: passar três noites {in_spot} e "
                "manter as luzes acesas. Logo na primeira noite, {ele} encontrou {the_thing}.",
                "A primeira coisa que {name} notou {in_spot} foi o silêncio. A segunda foi "
                "{the_thing}, num canto, como se alguém {t_o} tivesse deixado ali um minuto antes "
                "e fosse voltar para buscá-{t_lo}.",
            ),
            beats=(
                "Naquela noite, {name} acordou às três da manhã sem saber porquê. Em algum lugar "
                "{in_spot}, {the_thing} fazia um som baixo e paciente. Era o tipo de som que para "
                "quando prendemos a respiração para ouvir. E que recomeça, exatamente igual, assim "
                "que voltamos a respirar.",
                "De manhã, {name} disse a si mesm{o} que tinha sido o vento, ou os canos, ou o "
                "cansaço. Fechou {the_thing} no quarto das arrumações, trancou a porta e guardou a "
                "chave no bolso. Durante o dia inteiro sentiu o peso daquela chave contra a perna, "
                "como um aviso.",
                "Quando voltou ao fim da tarde, a porta das arrumações estava aberta e a chave "
                "continuava no bolso. {The_thing} estava outra vez no meio do quarto, virad{t_o} "
                "para a porta por onde {name} acabava de entrar. Ninguém mais tinha uma chave. "
                "Ninguém mais vivia ali.",
                "{Name} foi falar com {friend}, que tinha crescido em {town} e conhecia todas as "
                "histórias da terra. Depois de um longo silêncio, {friend} contou que a última "
                "pessoa que viveu {in_spot} tinha {a_thing} exatamente igual. Uma noite, essa "
                "pessoa partiu sem levar uma única mala, e nunca mais ninguém a viu.",
                "Na biblioteca da vila, {name} encontrou um jornal antigo com uma fotografia "
                "{of_spot}. Numa janela do andar de cima, pequena e desfocada, havia uma figura "
                "com a mão apoiada sobre {the_thing}. {Name} sentiu um arrepio. A fotografia tinha "
                "setenta anos, e a figura olhava diretamente para quem a tirava.",
                "Os vizinhos mais próximos, um casal de idosos, evitavam olhar para {spot}. Quando "
                "{name} lhes perguntou porquê, a senhora benzeu-se e fechou a porta devagar, sem "
                "uma palavra. Pouco depois, pela janela, {name} viu-a acender uma vela e pousá-la "
                "no parapeito.",
                "Na noite seguinte, o som chegou mais perto. Passos lentos atravessaram o "
                "corredor, pararam diante da porta do quarto e esperaram. Por baixo da porta, "
                "{name} via a sombra de dois pés. Durante uma hora inteira, eles não se mexeram, e "
                "{name} também não.",
                "Numa manhã de nevoeiro, {name} encontrou pegadas pequenas no pó do corredor, "
                "como de pés descalços. Começavam no meio do chão, do nada, e acabavam diante "
                "{of_thing}. Não havia nenhuma pegada no sentido contrário. Quem quer que as "
                "tivesse deixado, nunca tinha saído dali.",
                "{Name} começou a deixar todas as luzes acesas. Não adiantou. Uma a uma, as "
                "lâmpadas perdiam a força, primeiro a mais distante e depois a seguinte. Era como "
                "se alguma coisa caminhasse na direção {dele}, sem pressa, e as apagasse pelo "
                "caminho.",
                "{Name} tentou ir embora. O motor do carro não dava sinal de vida e o telemóvel "
                "não tinha rede. A estrada para {town} tinha desaparecido num nevoeiro tão espesso "
                "que {ele} nem via as próprias mãos no volante. Voltou para trás a pé, guiad{o} "
                "pela única janela acesa.",
                "De volta para dentro, {name} encontrou {the_thing} em cima da mesa da cozinha, "
                "onde não estava de manhã. Ao lado havia um bilhete, escrito numa caligrafia "
                "cuidadosa e antiquada. A tinta ainda estava húmida. Dizia apenas: está quase na "
                "hora.",
                "{Name} subiu ao sótão com uma lanterna. Na parede do fundo havia nomes riscados "
                "na madeira, dezenas deles, cada um com a sua data. Os mais antigos quase não se "
                "liam. O último parecia recente, com as lascas ainda claras. Era o nome de {name}.",
            ),
            climaxes=(
                "À meia-noite, apagaram-se todas as luzes {of_spot} ao mesmo tempo. No escuro, "
                "muito perto do ouvido {dele}, alguém sussurrou o nome de {name}. Então "
                "{the_thing} começou a tocar, ou a falar, ou a respirar. {Name} nunca soube dizer "
                "qual das três.",
                "{Name} agarrou {the_thing} e lançou-{t_o} ao fogo da lareira. Não queimou. As "
                "chamas desviaram-se {of_it}. Da chaminé veio um suspiro longo e cansado, como "
                "se algo muito antigo tivesse sido acordado por nada.",
            ),
            endings=(
                "Na manhã seguinte, {name} tinha desaparecido. A polícia encontrou tudo vazio e "
                "arrumado, a cama feita, {the_thing} de volta ao seu canto. {Friend} ainda passa "
                "por lá de vez em quando e jura que a luz do andar de cima está sempre acesa.",
                "{Name} foi embora de {town} no dia seguinte e nunca mais voltou. Mas, em certas "
                "noites, longe dali, {ele} acorda às três da manhã. E ouve aquele som baixo e "
                "paciente, cada vez um pouco mais perto.",
                "Quando o sol nasceu, {name} saiu {of_spot} sem olhar para trás. Nunca contou a "
                "ninguém o que viu naquela última hora. Diz apenas que há coisas que devem ficar "
                "onde foram encontradas.",
            ),
            texture=(
                "O vento empurrava as janelas como se quisesse entrar.",
                "Dentro das paredes, os canos velhos batiam como nós de dedos numa porta.",
                "O ar cheirava a poeira e a cera de vela fria.",
                "Lá fora, as árvores estavam imóveis e nenhum pássaro cantava.",
                "Todos os relógios pareciam andar um pouco devagar demais.",
            ),
        ),
    ),
)

URBAN_LEGENDS = Material(
    kind="story",
    subject="a modern urban legend, told as if by a friend of a friend",
    titles=(
        "A lenda {of_spot}",
        "Nunca pare {in_spot}",
        "{The_thing} de {town}",
        "O que aconteceu {in_spot}",
    ),
    descriptions=(
        "Em {town}, todos conhecem alguém que conhece alguém que viu. A lenda {of_spot} e "
        "{of_thing} em que ninguém deve tocar.",
        "Um amigo de um amigo, uma noite sem lua e {place}. Uma lenda urbana de {town}.",
    ),
    places=(
        {
            "place": "uma curva apertada na estrada velha da serra",
            "spot": "a curva",
            "in_spot": "na curva",
            "of_spot": "da curva",
            "by_spot": "pela curva",
        },
        {
            "place": "uma ponte estreita sobre o Ribeiro Negro",
            "spot": "a ponte",
            "in_spot": "na ponte",
            "of_spot": "da ponte",
            "by_spot": "pela ponte",
        },
        {
            "place": "um túnel velho à saída da cidade",
            "spot": "o túnel",
            "in_spot": "no túnel",
            "of_spot": "do túnel",
            "by_spot": "pelo túnel",
        },
        {
            "place": "uma paragem de autocarro abandonada na estrada nacional",
            "spot": "a paragem",
            "in_spot": "na paragem",
            "of_spot": "da paragem",
            "by_spot": "pela paragem",
        },
    ),
    things=(
        {
            "thing": "lenço vermelho",
            "a_thing": "um lenço vermelho",
            "the_thing": "o lenço vermelho",
            "of_thing": "do lenço vermelho",
            "in_it": "nele",
            "t_o": "o",
            "t_lo": "lo",
        },
        {
            "thing": "moeda de prata",
            "a_thing": "uma moeda de prata",
            "the_thing": "a moeda de prata",
            "of_thing": "da moeda de prata",
            "in_it": "nela",
            "t_o": "a",
            "t_lo": "la",
        },
        {
            "thing": "luva de renda",
            "a_thing": "uma luva de renda",
            "the_thing": "a luva de renda",
            "of_thing": "da luva de renda",
            "in_it": "nela",
            "t_o": "a",
            "t_lo": "la",
        },
        {
            "thing": "guarda-chuva preto",
            "a_thing": "um guarda-chuva preto",
            "the_thing": "o guarda-chuva preto",
            "of_thing": "do guarda-chuva preto",
            "in_it": "nele",
            "t_o": "o",
            "t_lo": "lo",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Quem cresce em {town}, mais cedo ou mais tarde, ouve falar {of_spot}. Dizem que "
                "quem passa por lá depois da meia-noite pode encontrar {a_thing} à espera. E "
                "dizem também que ninguém, nunca, deve tocar {in_it}.",
                "Esta história foi-me contada por {friend}, cujo primo jura que é verdade. Fala "
                "{of_spot}, {of_thing} e de {um} estudante chamad{o} {name}, que não acreditava "
                "em lendas. Eu também não acreditava, até ouvir o resto.",
            ),
            beats=(
                "A história começa há cinquenta anos, numa noite de chuva. Uma jovem de vestido "
                "branco esperou {in_spot} por alguém que tinha prometido voltar. Esperou horas, "
                "imóvel, debaixo da chuva. De manhã, tinha desaparecido, e só restava "
                "{the_thing}, sequinh{t_o}, apesar de toda a água que caíra.",
                "Sobre a jovem de vestido branco que dizem aparecer ali, as versões não batem "
                "certo. Há quem diga que se chamava Rosa e trabalhava na farmácia da vila. Outros "
                "juram que vinha de longe. Numa coisa todos concordam: esperava alguém que nunca "
                "chegou.",
                "Dizem que {the_thing} volta uma noite por ano. Ninguém {t_o} vê chegar. "
                "Simplesmente está lá, pousad{t_o} no chão molhado, como se alguém {t_o} tivesse "
                "deixado há um instante. E quem passa sente sempre o mesmo: que alguém o observa "
                "do outro lado da estrada.",
                "{Friend} conta que um camionista parou ali numa noite de inverno, para ajudar uma "
                "jovem de vestido branco que lhe fazia sinal. Quando olhou outra vez, não havia "
                "ninguém. No banco ao lado, porém, estava {a_thing}, sec{t_o} como se nunca "
                "tivesse chovido.",
                "{Name} ouviu a lenda numa festa e deu uma gargalhada. Nessa mesma noite, só para "
                "provar que tinha razão, foi de carro até lá com o telemóvel pronto para filmar. "
                "Prometeu aos amigos um vídeo de absolutamente nada, e todos se riram.",
                "No início, não aconteceu nada. A estrada estava vazia, a chuva tinha parado e só "
                "se ouviam os grilos. Depois, os faróis do carro piscaram. Quando a luz voltou, "
                "{the_thing} estava no chão, num lugar onde um segundo antes não havia coisa "
                "nenhuma.",
                "Contra todos os avisos que já tinha ouvido, {name} levantou {the_thing} do chão. "
                "Estava fri{t_o}, muito mais fri{t_o} do que a noite. Cheirava levemente a chuva, "
                "embora o céu estivesse limpo e cheio de estrelas. Ao longe, alguém pareceu "
                "suspirar de alívio.",
                "No caminho de volta, {name} não parava de olhar pelo retrovisor. Sempre que "
                "olhava, tinha a certeza de ver uma jovem de vestido branco no banco de trás. "
                "Estava sentada em silêncio, com as mãos no colo. Quando {name} se virava, o "
                "banco estava vazio.",
                "O dono do café da estrada diz que conheceu uma jovem de vestido branco, há muitos "
                "anos. Ela pedia sempre um chá e não tirava os olhos do relógio da parede. Um dia, "
                "deixou o chá na mesa, ainda quente, e nunca mais voltou. Ele ainda guarda a "
                "chávena.",
                "Quando {name} viu o vídeo em casa, lá estavam a estrada vazia e o piscar dos "
                "faróis. Durante uns segundos, a imagem enchia-se de chuva, embora nessa noite não "
                "chovesse. No fim, ouvia-se uma voz de mulher, muito perto do microfone: obrigada "
                "por ter esperado.",
            ),
            climaxes=(
                "Na manhã seguinte, {the_thing} tinha desaparecido do carro, embora todas as "
                "portas estivessem trancadas. No banco onde {name} {t_o} tinha deixado havia "
                "apenas um velho bilhete de cinema. Era de uma sessão de cinquenta anos antes, "
                "exatamente no mesmo dia.",
            ),
            endings=(
                "{Name} ainda vive em {town} e não gosta de falar daquela noite. Mas, se um dia "
                "passar {by_spot} depois da meia-noite, não pare. E, se vir {the_thing}, "
                "deixe-{t_o} onde está. Ainda há alguém que vai voltar para buscá-{t_lo}.",
                "Será verdade? {Friend} jura que sim, e ouviu a história de alguém que estava lá. "
                "É assim que as lendas funcionam. Mas o bilhete de cinema existe. {Name} "
                "guarda-o numa gaveta e nunca abre essa gaveta depois de escurecer.",
            ),
            texture=(
                "As luzes da estrada zumbiam e tremeluziam.",
                "A estrada estava vazia nos dois sentidos.",
                "Ao longe, um cão começou a uivar.",
                "O nevoeiro descia devagar pela encosta.",
            ),
        ),
    ),
)
