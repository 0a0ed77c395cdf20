"""Portuguese material for ``philosophy``, ``love`` and ``custom``."""

from t2m.generate.story_data.model import Frame, Material

PHILOSOPHY = Material(
    kind="story",
    subject="a short, thoughtful philosophical reflection for a general audience",
    titles=(
        "Ninguém se banha duas vezes no mesmo rio",
        "O que faz uma vida boa?",
        "{The_thing} e o rio",
        "Ainda é a mesma pessoa?",
    ),
    descriptions=(
        "Uma reflexão tranquila sobre a mudança, a identidade e aquilo que fica quando tudo se "
        "move.",
        "Um velho enigma, {a_thing} e algumas perguntas para pensar hoje.",
    ),
    places=(
        {"place": "na margem de um rio"},
        {"place": "num banco de jardim ao fim da tarde"},
        {"place": "num cais antigo, diante dos barcos"},
    ),
    things=(
        {
            "a_thing": "um barco de madeira",
            "the_thing": "o barco de madeira",
            "the_same": "o mesmo barco",
            "t_o": "o",
        },
        {
            "a_thing": "um relógio antigo",
            "the_thing": "o relógio antigo",
            "the_same": "o mesmo relógio",
            "t_o": "o",
        },
        {
            "a_thing": "uma ponte de pedra",
            "the_thing": "a ponte de pedra",
            "the_same": "a mesma ponte",
            "t_o": "a",
        },
    ),
    frames=(
        Frame(
            openings=(
                "Imagine {a_thing} que é restaurad{t_o} peça a peça, ao longo de muitos anos, até "
                "não restar nenhuma peça original. Ainda é {the_same}? Os filósofos discutem este "
                "enigma há mais de dois mil anos.",
                "O pensador grego Heráclito disse que ninguém se banha duas vezes no mesmo rio. "
                "O rio já não é o mesmo, e a pessoa também não. Parece simples. É uma das "
                "ideias mais profundas que temos.",
            ),
            beats=(
                "Pense agora no seu próprio corpo. Muitas das suas células são substituídas ao "
                "longo dos anos, as memórias mudam de forma e as opiniões também. E, no entanto, "
                "sente-se uma só pessoa. É a mesma criança que um dia aprendeu a ler, só que com "
                "mais páginas escritas.",
                "Há quem diga que o que nos faz ser quem somos é a memória, o fio que liga cada "
                "dia ao anterior. Mas a memória é frágil e engana-se muitas vezes. Talvez sejamos "
                "menos uma coisa do que uma história que não paramos de contar.",
                "Outros dizem que é o carácter. É a maneira como tratamos os outros, aquilo que "
                "nos importa, o que escolhemos quando ninguém nos vê. Vista assim, uma pessoa pode "
                "tornar-se melhor sem deixar de ser quem é. Mudar não é trair-se. Às vezes é, "
                "finalmente, encontrar-se.",
                "Fernando Pessoa levou esta pergunta mais longe do que quase ninguém. Escreveu "
                "como Alberto Caeiro, Ricardo Reis e Álvaro de Campos, cada um com a sua vida e o "
                "seu estilo. Quem era, afinal, o verdadeiro Pessoa? Talvez todos eles.",
                "Os estoicos propunham uma resposta prática. Algumas coisas dependem de nós, como "
                "os nossos juízos e as nossas ações, e a maioria não depende. A paz começa, "
                "diziam, quando deixamos de lutar contra a segunda espécie. Não escolhemos o "
                "vento, mas podemos ajustar as velas.",
                "A mudança pode parecer uma perda. Mas uma vida sem mudança seria uma fotografia, "
                "não uma vida. O rio é bonito precisamente porque corre, e a água que hoje passa "
                "nunca mais voltará a passar.",
                "Pense num velho amigo que não vê há vinte anos. Quando o reencontra, reconhece-o "
                "logo. Não é pela cara, que mudou, nem pela voz, que ficou mais grave. É por "
                "qualquer coisa na maneira de rir e de olhar o mundo, algo que os anos não "
                "conseguiram apagar.",
                "A língua portuguesa tem uma palavra para a falta do que já fomos e do que já "
                "tivemos: saudade. Talvez ela mostre que nenhuma versão de nós desaparece por "
                "completo. Ficam todas, guardadas em algum lugar, como fotografias numa gaveta.",
                "Há ainda quem pense que somos feitos dos outros. Herdamos gestos dos pais, "
                "palavras dos amigos, ideias de livros que já esquecemos. Talvez a identidade seja "
                "menos uma ilha do que um cais, cheio de barcos que chegam e partem.",
                "Imagine {a_thing} que atravessa gerações. Talvez continue a ser {the_same} "
                "porque há sempre alguém que cuida, que usa e que chama pelo mesmo nome. A "
                "identidade pode morar, em parte, no cuidado que os outros nos dão.",
                "Talvez a melhor pergunta não seja quem somos, mas quem queremos ser. Cada "
                "pequena escolha é uma tábua trocada no barco. Não podemos impedir que a madeira "
                "envelheça, mas somos nós que escolhemos as tábuas novas.",
            ),
            climaxes=(),
            endings=(
                "Por isso, da próxima vez que sentir que já não é quem era, tenha calma. O rio "
                "também não é, e mesmo assim encontra sempre o caminho do mar.",
                "Talvez não exista uma resposta final, e não faz mal. Há perguntas que não são "
                "para resolver. São para levar pela vida, como uma lanterna que ilumina o caminho "
                "um pouco mais adiante.",
            ),
            texture=(
                "Vale a pena ficar um momento com essa ideia.",
                "Pare um instante nessa pergunta antes de seguir.",
                "A resposta é menos óbvia do que parece.",
                "Há um certo conforto nesse pensamento.",
                "Imagine-se agora {place}, sem pressa nenhuma.",
            ),
        ),
    ),
)

LOVE = Material(
    kind="story",
    subject="a warm, heartfelt love story",
    titles=(
        "Cartas de {town}",
        "{The_thing} {at_spot}",
        "{Name} e {friend}",
        "Todas as quintas-feiras {at_spot}",
    ),
    descriptions=(
        "{Name} e {friend} encontram-se sempre {at_spot}, mas falta a coragem para falar "
        "primeiro. Uma pequena história de amor.",
        "Uma vila pequena, {a_thing} e duas pessoas que quase se desencontram. Uma história de "
        "amor passada em {town}.",
    ),
    places=(
        {
            "place": "uma pequena livraria na esquina da praça",
            "at_spot": "na livraria",
            "to_spot": "à livraria",
        },
        {
            "place": "um café movimentado perto da estação",
            "at_spot": "no café",
            "to_spot": "ao café",
        },
        {
            "place": "um banco de jardim junto ao porto",
            "at_spot": "no banco do jardim",
            "to_spot": "ao banco do jardim",
        },
        {
            "place": "a horta comunitária da Rua das Flores",
            "at_spot": "na horta",
            "to_spot": "à horta",
        },
    ),
    things=(
        {"a_thing": "um guarda-chuva amarelo", "the_thing": "o guarda-chuva amarelo", "t_o": "o"},
        {"a_thing": "um livro de poemas", "the_thing": "o livro de poemas", "t_o": "o"},
        {"a_thing": "um caderno azul", "the_thing": "o caderno azul", "t_o": "o"},
        {
            "a_thing": "uma máquina fotográfica antiga",
            "the_thing": "a máquina fotográfica antiga",
            "t_o": "a",
        },
    ),
    frames=(
        Frame(
            openings=(
                "{Name} viu {friend} pela primeira vez numa quinta-feira de chuva, {at_spot}, em "
                "{town}. {Friend} segurava {a_thing} e ria sozinh{friend_o} de alguma coisa. E "
                "{name}, durante um minuto inteiro, não se lembrou do que tinha ido lá fazer.",
                "Todas as quintas-feiras, {name} ia {to_spot}, em {town}, e todas as "
                "quintas-feiras {friend} já estava lá, com {a_thing}. Durante meses, trocaram "
                "apenas acenos de cabeça, dois desconhecidos que por acaso estavam sempre no "
                "mesmo lugar.",
            ),
            beats=(
                "Um dia, {friend} esqueceu {the_thing}. {Name} guardou-{t_o} durante uma semana "
                "inteira e ensaiou mil frases para o momento da devolução, umas engraçadas, "
                "outras profundas, todas péssimas. Quando o momento chegou, disse apenas: “Acho "
                "que isto é seu.”",
                "Foi o suficiente. Começaram a conversar, um pouco mais a cada quinta-feira. "
                "Falavam de livros, do tempo e dos sonhos estranhos que {friend} anotava todas as "
                "manhãs num papelinho. Num deles, havia um elefante que tocava violino numa "
                "estação vazia.",
                "Um dia, choveu tanto que tiveram de se abrigar debaixo do mesmo toldo. Contaram "
                "coisas que nunca tinham contado a ninguém: um medo de infância, uma viagem "
                "adiada, uma canção que fazia chorar. Quando a chuva parou, deixaram-se ficar mais "
                "um bocadinho, sem pressa de ir embora.",
                "{Name} começou a notar pequenas coisas. A maneira como {friend} soprava o chá "
                "antes de cada gole. A música que cantarolava quando estava nervos{friend_o}. A "
                "chuva, que parecia parar sempre que saíam para a rua lado a lado. As "
                "quintas-feiras passaram a ser o melhor dia da semana.",
                "Numa quinta-feira, {friend} não apareceu. Nem na seguinte. {Name} ficou "
                "sozinh{o} {at_spot}, com o lugar vazio ao lado, vazio como uma pergunta que "
                "ninguém tinha tido coragem de fazer. O chá arrefeceu sem que {ele} desse por "
                "isso.",
                "Por alguém do bairro, {name} soube que {friend} tinha aceitado um emprego longe "
                "dali. Escreveu uma carta e rasgou-a. Escreveu outra e rasgou essa também. Há "
                "palavras que são mais fáceis de pensar do que de escrever.",
                "No fim, escreveu só três linhas. Disse nelas o que nunca tinha dito em voz alta, "
                "sem enfeites nem desculpas. Depois correu até ao correio e meteu a carta no marco "
                "antes que a coragem acabasse. Ficou ainda um bocado a olhar para a ranhura, de "
                "coração aos saltos.",
                "Passaram semanas sem resposta. Mesmo assim, {name} não deixou de ir {to_spot} "
                "todas as quintas-feiras, porque era ali que {ele} se sentia mais {ele} mesm{o}. "
                "Levava sempre um livro, mas raramente virava a página. Às vezes, nem o abria.",
                "Entretanto, noutra cidade, {friend} também não andava bem. Tinha um escritório "
                "novo, uma janela grande e ninguém com quem falar de sonhos. Às quintas-feiras, "
                "sem saber porquê, dava por si a olhar para o relógio à hora de sempre.",
                "A dona da banca de flores da esquina, que via tudo, acabou por perguntar a {name} "
                "o que se passava. {Name} encolheu os ombros e tentou sorrir. A senhora deu-lhe "
                "uma flor amarela sem cobrar nada. “As pessoas boas voltam sempre”, disse, “nem "
                "que seja pelo caminho mais comprido.”",
                "Às vezes, {name} relembrava as conversas das quintas-feiras, uma a uma, como quem "
                "arruma fotografias. Ria sozinh{o} de uma piada antiga e depois suspirava, porque "
                "a saudade também é uma forma de companhia. À sua maneira, até faz sorrir.",
            ),
            climaxes=(
                "Então, numa quinta-feira cinzenta de primavera, {friend} apareceu ao fundo da "
                "rua, molhad{friend_o} da chuva, com a carta na mão. “Li a carta na viagem”, "
                "disse. “Li onze vezes. Depois comprei um bilhete de volta.”",
            ),
            endings=(
                "Ainda se encontram {at_spot} todas as quintas-feiras, mas agora chegam ao mesmo "
                "tempo, de mãos dadas. {The_thing} está numa prateleira lá de casa, à vista de "
                "quem entra. É a lembrança de que as melhores coisas começam, às vezes, com uma "
                "frase simples: acho que isto é seu.",
                "Um ano depois, {at_spot}, {name} fez a {friend} uma pergunta que só precisava de "
                "uma palavra como resposta. {Friend} disse-a duas vezes, só para ter a certeza. "
                "Lá fora, como se tivesse ensaiado, a chuva parou.",
            ),
            texture=(
                "Lá fora, a chuva foi ficando mais fraca.",
                "Cheirava a café e a papel antigo.",
                "As luzes da rua acendiam-se uma a uma.",
            ),
        ),
    ),
)

CUSTOM = Material(
    kind="story",
    subject="",
    titles=("Uma história sobre “{Prompt}”", "{Name} e “{Prompt}”", "O dia de “{Prompt}”"),
    descriptions=(
        "Uma pequena história sobre “{prompt}”, com {name}, de {town}.",
        "{Name}, uma vila pequena e “{prompt}”: uma história com princípio, meio e fim.",
    ),
    places=(
        {"place": "uma pequena vila à beira-mar"},
        {"place": "uma cidadezinha movimentada"},
        {"place": "uma aldeia no meio das serras"},
    ),
    things=(
        {"a_thing": "um mapa antigo", "the_thing": "o mapa"},
        {"a_thing": "uma carta fechada", "the_thing": "a carta"},
        {"a_thing": "uma chave pequena", "the_thing": "a chave"},
    ),
    frames=(
        Frame(
            openings=(
                "Esta é uma história sobre “{prompt}”. Começa com {name}, que vivia em {town}, "
                "{place}, e que pensava nisso havia muito tempo. Pensava nisso ao acordar, ao "
                "almoço e até nos sonhos.",
                "Em {town}, cada pessoa tinha uma opinião sobre “{prompt}”, mas {name} queria ver "
                "com os próprios olhos. Numa manhã clara, pôs {a_thing} no bolso e partiu. Não "
                "disse a ninguém para onde ia.",
            ),
            beats=(
                "A primeira pessoa a quem {name} perguntou foi {friend}, {friend_um} "
                "velh{friend_o} amig{friend_o} que conhecia cada rua de {town}. {Friend} ouviu com "
                "atenção, sorriu e disse que as melhores histórias começam sempre com uma "
                "pergunta. Depois serviu dois cafés e pediu para ouvir o resto.",
                "{Name} andou horas a fio, de rua em rua. Fez perguntas e anotou as respostas num "
                "caderninho. Algumas pessoas riram, outras encolheram os ombros, e umas poucas "
                "disseram coisas que {o} fizeram parar e pensar durante muito tempo.",
                "Ao fim do dia, tinha páginas cheias, mas as respostas não encaixavam. Era como um "
                "quebra-cabeças a que faltava uma peça, e {name} não fazia ideia de onde "
                "procurá-la. Guardou as notas e decidiu dormir sobre o assunto.",
                "Então aconteceu uma coisa inesperada. {The_thing} que {name} levava no bolso, e "
                "de que já quase se esquecera, era exatamente aquilo de que {ele} precisava. Às "
                "vezes, o que procuramos anda connosco há muito tempo, à espera de ser notado.",
                "Pela primeira vez, {name} percebeu o que “{prompt}” significava para {ele}. Não "
                "era o que lhe tinham dito, nem o que lera nos livros. Era mais simples e mais "
                "surpreendente, como uma palavra conhecida que de repente ganha outro sentido.",
                "A meio do caminho, {name} encontrou uma velha biblioteca de portas abertas. Lá "
                "dentro, entre o pó e o silêncio, havia um livro inteiro sobre “{prompt}”. Leu-o "
                "de uma ponta à outra e percebeu que nem os livros sabiam tudo.",
                "Pelo caminho, {name} encontrou uma pessoa desconhecida que procurava a mesma "
                "coisa havia anos. Caminharam lado a lado durante algum tempo, trocando histórias. "
                "Antes de os caminhos se separarem, cada um deu ao outro uma boa ideia.",
                "Em {town}, entretanto, começava a correr a notícia. Uns diziam que {name} tinha "
                "enlouquecido, outros que estava prestes a descobrir algo importante. {Friend} "
                "defendia-{o} sempre com a mesma frase: “Esperem para ver.” E ficava à janela, à "
                "espera de notícias.",
                "Nessa noite, {name} sentou-se junto a uma pequena fogueira e releu as notas. Aos "
                "poucos, surgiu nelas uma forma, como uma imagem que sai do nevoeiro, e {ele} "
                "começou a sorrir. Lá em cima, as estrelas pareciam concordar.",
                "Faltava uma última dificuldade. {Name} tinha de escolher entre o caminho seguro "
                "para casa e o caminho difícil que {o} levaria ao fim da história. Pensou nisso "
                "durante uma noite inteira. De manhã, escolheu o difícil, e sentiu-se logo mais "
                "leve.",
                "Houve um momento de dúvida. Sentad{o} num banco de pedra, {name} perguntou-se se "
                "valia a pena continuar. Talvez fosse melhor esquecer “{prompt}” e voltar à vida "
                "de sempre. Um miúdo que passava de bicicleta acenou-lhe sem razão nenhuma. Foi o "
                "que bastou para se levantar.",
            ),
            climaxes=(
                "Quando {name} chegou finalmente ao fim da estrada, encontrou ali a resposta sobre "
                "“{prompt}”. Esperava-{o} de uma maneira que nunca tinha imaginado. E {name} riu "
                "alto, por ter demorado tanto a perceber o que estava à frente dos olhos.",
            ),
            endings=(
                "{Name} voltou para {town} e contou tudo a {friend}. {Friend} ouviu a história "
                "inteira e disse apenas: “Eu sempre soube.” A partir desse dia, quem perguntava "
                "por “{prompt}” recebia sempre a mesma resposta: fale com {name}.",
                "Esta é a história de {name} e de “{prompt}”. Mudou-{o} um pouco, como fazem as "
                "boas histórias, e {ele} ainda a conta nas noites compridas de {town}.",
            ),
            texture=(
                "O sol atravessava o céu devagar.",
                "Ninguém em {town} tinha feito nada parecido.",
                "O caminho era longo, mas {name} sentia-se leve.",
                "Era um dia que {name} nunca ia esquecer.",
            ),
        ),
    ),
)
