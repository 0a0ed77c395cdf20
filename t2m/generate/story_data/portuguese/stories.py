"""Portuguese material for ``motivational`` and ``long_form_jokes``."""

from t2m.generate.story_data.model import Frame, Material

MOTIVATIONAL = Material(
    kind="story",
    subject="a motivational story with a clear lesson the listener can use",
    titles=(
        "Não espere pelo momento certo",
        "{Name} e o sonho de {dream}",
        "Um pequeno passo por dia",
        "O dia em que {name} não desistiu",
    ),
    descriptions=(
        "{Name} queria {dream} e falhou, uma vez e outra. O que mudou não foi o talento, mas um "
        "hábito que qualquer pessoa pode começar hoje.",
        "Uma história de motivação sobre {name}, o sonho de {dream} e a força de aparecer todos "
        "os dias.",
    ),
    places=(
        {"dream": "correr uma maratona"},
        {"dream": "abrir uma pequena padaria"},
        {"dream": "aprender a tocar piano"},
        {"dream": "escrever um romance"},
    ),
    things=(
        {"the_thing": "o caderno", "in_thing": "no caderno"},
        {"the_thing": "o calendário", "in_thing": "no calendário"},
        {"the_thing": "a agenda", "in_thing": "na agenda"},
    ),
    frames=(
        Frame(
            openings=(
                "Aos trinta e cinco anos, {name} decidiu {dream}. Todas as pessoas a quem contou "
                "sorriram com educação, daquela maneira com que se sorri a um sonho que não vai "
                "acontecer. {Name} também tinha dúvidas. Mas começou mesmo assim.",
                "Desde que se lembrava, {name} queria {dream}. E desde sempre tinha uma razão "
                "para não o fazer: falta de tempo, cansaço, idade. Uma manhã, percebeu que as "
                "desculpas já ocupavam uma vida inteira.",
            ),
            beats=(
                "A primeira tentativa correu mal. {Name} quis fazer tudo de uma vez, comprou tudo "
                "o que havia para comprar e esgotou-se em poucos dias. Quase desistiu logo na "
                "primeira semana. Aprendeu assim que os começos grandiosos se apagam depressa, "
                "como fogo de palha.",
                "Então {name} fez o contrário e encolheu o objetivo. Vinte minutos por dia, nem "
                "mais nem menos, mesmo nos dias bons. Todos os dias marcava uma cruz {in_thing}, e "
                "a única regra era não quebrar a corrente. Vinte minutos pareciam quase "
                "ridículos, e era essa a ideia.",
                "Alguns dias, os vinte minutos eram uma delícia. A maioria era apenas normal, sem "
                "nada de especial. E houve dias em que pareciam impossíveis, com chuva, sono e mil "
                "desculpas à porta. Esses foram os que mais contaram, porque {name} os cumpriu "
                "mesmo assim.",
                "{Friend}, {friend_um} amig{friend_o} de longa data, pediu para entrar também. Ter "
                "alguém à espera tornava mais difícil faltar. Nos dias maus, trocavam uma "
                "mensagem curta, às vezes só uma palavra: hoje? E a resposta era sempre a mesma: "
                "hoje.",
                "Ao fim de três meses, {name} folheou {the_thing} do princípio ao fim. Noventa "
                "pequenas cruzes, umas firmes, outras tortas de cansaço. Nenhuma, sozinha, "
                "parecera um progresso. Mas juntas somavam uma distância em que {ele} mal "
                "conseguia acreditar.",
                "Depois veio um tropeção: uma lesão, um emprego perdido, um inverno difícil. "
                "Durante duas semanas, {the_thing} ficou em branco, e cada página vazia parecia "
                "uma acusação. A velha voz voltou e disse: eu não disse que isto nunca ia dar "
                "certo?",
                "{Name} respondeu com o menor passo possível. Cinco minutos em vez de vinte. Não "
                "era bonito nem heroico, mas era um passo. Um dia mau cumprido também conta, e a "
                "corrente recomeçou, cruz a cruz, sem alarde.",
                "Em certas manhãs, {name} comparava-se com pessoas que pareciam ir muito mais à "
                "frente, com fotografias perfeitas e resultados brilhantes. Nunca ajudou. A única "
                "comparação justa, decidiu, era com quem {ele} própri{o} tinha sido no mês "
                "anterior.",
                "{Name} descobriu que a motivação é como o tempo: vem e vai sem pedir licença. O "
                "hábito, pelo contrário, fica. Por isso deixou de esperar pela vontade. Passou a "
                "confiar apenas na hora marcada, como quem apanha o mesmo autocarro todas as "
                "manhãs.",
                "Aos poucos, as pessoas à volta começaram a reparar. Um vizinho perguntou como se "
                "fazia. Uma colega confessou que também tinha um sonho guardado na gaveta. {Name} "
                "não tinha nenhum segredo para lhes dar, só uma frase: vinte minutos, todos os "
                "dias.",
                "Houve também surpresas boas. Num domingo qualquer, sem aviso, tudo pareceu "
                "fácil, e {name} percebeu que já fazia sem pensar o que antes lhe custava tanto. "
                "Não foi um milagre. Foram meses de dias banais, empilhados uns sobre os outros.",
            ),
            climaxes=(
                "Um ano depois daquela primeira semana desastrada, {name} conseguiu {dream}. Não "
                "foi perfeito, e não importava. A pessoa que chegou ao fim já não era a mesma que "
                "tinha começado, e essa era a verdadeira vitória.",
            ),
            endings=(
                "Eis a lição da história de {name}. Não é preciso esperar pelo momento certo. "
                "Basta começar pequeno, aparecer nos dias comuns e perdoar os dias maus. O "
                "primeiro passo pode ser hoje.",
                "Se há alguma coisa que adia há anos, dê hoje um pequeno passo na direção dela. "
                "Amanhã, dê outro. Foi só isso que {name} fez, e é só disso que se precisa.",
            ),
            texture=(
                "Cada cruz {in_thing} era uma pequena promessa cumprida.",
                "O mais difícil era sempre o primeiro minuto.",
                "O progresso era lento, mas era real.",
                "Ninguém via, e não fazia mal.",
                "A motivação ia e vinha, mas o hábito ficava.",
            ),
        ),
    ),
)

JOKES = Material(
    kind="story",
    subject="a long-form joke: a shaggy-dog story that builds up and ends with a punchline",
    titles=(
        "Uma piada muito comprida",
        "Uma anedota sem pressa nenhuma",
        "O dia mais estranho da vida de {name}",
    ),
    descriptions=(
        "Uma piada comprida, contada sem pressa nenhuma. Vale a pena esperar pelo fim.",
        "{Name} tem um plano brilhante, ou pelo menos acha que tem. Uma história comprida com um "
        "final inesperado.",
    ),
    places=(
        {"place": "uma aldeia de pescadores à beira-mar"},
        {"place": "uma vila pequenina no litoral"},
        {"place": "um porto de pesca esquecido pelos mapas"},
    ),
    things=(
        {"a_thing": "um relógio de parede"},
        {"a_thing": "uma poltrona de veludo"},
        {"a_thing": "um espelho com moldura dourada"},
    ),
    frames=(
        Frame(
            openings=(
                "{Name} era {um} empresári{o} de muito sucesso e quase nunca tirava férias. Um "
                "dia, finalmente, passou uma semana em {town}, {place}. Logo na primeira manhã, "
                "viu um velho pescador chegar ao cais com um barquinho e três peixes enormes.",
            ),
            beats=(
                "“Quanto tempo levou para pescar isso?”, perguntou {name}. “Pouquinho”, respondeu "
                "o pescador. “E não quis ficar mais tempo no mar?” O pescador encolheu os ombros e "
                "sorriu. “Para quê? Isto chega bem para a minha família.”",
                "“E o que faz com o resto do dia?”, quis saber {name}. “Durmo até tarde, pesco um "
                "pouco, brinco com os meus filhos e faço a sesta com a minha mulher. À noite, vou "
                "à vila conversar e cantar com os amigos. Tenho uma vida muito ocupada.”",
                "{Name} abanou a cabeça, com pena. “Eu estudei gestão nas melhores universidades e "
                "posso ajudá-lo”, disse. “O senhor devia pescar mais horas por dia. Com o dinheiro "
                "a mais, compra um barco maior.” E puxou de uma caneta, já entusiasmad{o}.",
                "“Com o barco maior, pesca o dobro”, continuou {name}. “Em pouco tempo compra um "
                "segundo barco, depois um terceiro. Daqui a uns anos, tem uma frota inteira, com o "
                "seu nome pintado em letras douradas em cada proa!”",
                "“Claro que, com tantos barcos, vai precisar de pescadores, de um contabilista e "
                "de um advogado”, explicou {name}. “E de um gestor para vigiar o contabilista. E "
                "de outro para vigiar o advogado.” O pescador assentiu educadamente, como quem "
                "ouve falar do tempo noutro país.",
                "“Em vez de vender o peixe a um intermediário, vende diretamente à fábrica. "
                "Depois abre a sua própria fábrica de conservas e controla tudo: a pesca, a lata e "
                "a distribuição.” {Name} já desenhava gráficos num guardanapo, cada um mais "
                "inclinado do que o anterior.",
                "{Name} pediu outro café e continuou. “Depois vem a marca. Uma sardinha sorridente "
                "no rótulo, anúncios na televisão, uma cantiga que ninguém consegue tirar da "
                "cabeça.” E cantarolou ali mesmo uma cantiga inventada, muito orgulhos{o} de si.",
                "“Claro que terá de sair desta aldeia”, disse {name}. “Muda-se para a capital e, "
                "mais tarde, para uma grande cidade do outro lado do oceano. Dirige a empresa a "
                "partir de um escritório no quadragésimo andar, com vista para outros "
                "escritórios.”",
                "O pescador coçou a cabeça. “E quanto tempo demora tudo isso?” {Name} fez umas "
                "contas rápidas nas costas de um guardanapo. “Quinze, talvez vinte anos. Vinte "
                "e cinco, se o mercado estiver difícil. Mas vale a pena, acredite.”",
                "“E depois?”, perguntou o pescador. {Name} sorriu, porque aquela era a melhor "
                "parte. “Depois, no momento certo, a empresa entra na bolsa. O senhor vende as "
                "ações e fica rico. Muito rico. Milionário!” Até as gaivotas pareceram calar-se "
                "para ouvir.",
            ),
            climaxes=(
                "“E depois?”, insistiu o pescador, enquanto arrumava as redes. {Name} abriu os "
                "braços, como quem revela um segredo. “Depois, deixa de trabalhar! Muda-se para "
                "uma aldeia pequenina à beira-mar, dorme até tarde, pesca um pouco e brinca com "
                "os netos. À noite, vai à vila conversar e cantar com os amigos.”",
            ),
            endings=(
                "O pescador olhou para o mar, depois para {name}, e sorriu devagar. “Engraçado”, "
                "disse ele. “É exatamente isso que eu já faço hoje.”",
            ),
            texture=(
                "As gaivotas gritavam por cima do cais.",
                "O pescador ouvia tudo sem pressa e remendava uma rede.",
                "O mar estava calmo como um prato.",
                "{Name} nem percebeu que o café já estava frio.",
            ),
        ),
        Frame(
            openings=(
                "{Name} vivia sozinh{o} havia muitos anos e decidiu que precisava de companhia. "
                "Alguém lhe disse que um papagaio vive décadas e ainda por cima conversa. Assim, "
                "num sábado de manhã, {name} foi a um leilão em {town}.",
            ),
            beats=(
                "O leilão era num armazém velho, cheio de cadeiras desencontradas e quadros "
                "tortos. Primeiro venderam {a_thing}, depois uma coleção de selos, depois um piano "
                "a que faltavam três teclas. {Name} esperou, paciente, com a placa do leilão no "
                "colo e o coração aos saltos.",
                "Finalmente trouxeram o papagaio, verde e amarelo, numa gaiola dourada. “Um "
                "exemplar raríssimo”, anunciou o leiloeiro, “de educação esmerada e vocabulário "
                "notável.” O papagaio ajeitou as penas e olhou para a sala com ar de quem conhece "
                "o seu valor.",
                "O leiloeiro pediu cinquenta para começar. {Name} levantou logo a placa, feliz da "
                "vida. Do fundo da sala, uma voz rouca disse: “Cem.” {Name} engoliu em seco. Não "
                "tinha pensado que mais alguém pudesse querer um papagaio num sábado de manhã.",
                "{Name} ofereceu cento e cinquenta. A voz do fundo respondeu “duzentos” sem "
                "hesitar. {Name} olhou para trás, mas só viu uma fila de cabeças e um senhor que "
                "dormia de boca aberta. Ninguém tinha a placa no ar.",
                "O preço subiu para quinhentos, depois para mil. {Name} começou a suar. Aquilo já "
                "não era um papagaio, era uma questão de honra. Cada vez que {ele} levantava a "
                "placa, a voz rouca respondia mais alto, e cada vez mais depressa.",
                "Numa pausa, {name} tentou espreitar o fundo da sala. Viu um chapéu pendurado, um "
                "guarda-chuva encostado à parede e um gato a dormir em cima de uma caixa. Nenhum "
                "deles parecia ter dinheiro para gastar num papagaio.",
                "Aos dois mil, {name} pensou nas férias que nunca mais ia ter. Aos três mil, "
                "pensou no carro. Aos quatro mil, deixou simplesmente de pensar, que é o estado "
                "ideal para quem está num leilão. O leiloeiro, esse, nunca tinha estado tão "
                "feliz.",
                "As pessoas da sala viravam a cabeça de um lado para o outro, como num jogo de "
                "pingue-pongue. Ninguém conseguia ver quem fazia as ofertas contra {name}. A voz "
                "vinha sempre do fundo, rouca e teimosa, sempre um pouco mais alta.",
                "Por fim, aos cinco mil e cem, a voz calou-se. “Dou-lhe uma, dou-lhe duas, "
                "dou-lhe três, vendido!”, gritou o leiloeiro, e bateu com o martelo. {Name} tinha "
                "gastado as poupanças de uma vida inteira num papagaio, e a sala inteira aplaudiu.",
            ),
            climaxes=(
                "{Name} foi ao balcão pagar, ainda nervos{o}. Enquanto contava o dinheiro, olhou "
                "para a gaiola e perguntou ao leiloeiro: “Diga-me só uma coisa. Pelo menos ele "
                "fala?”",
            ),
            endings=(
                "O leiloeiro olhou para {name} por cima dos óculos. “Se ele fala?”, repetiu. “E "
                "quem é que {o} {senhor} acha que fez todas as ofertas contra {o} {senhor}?”",
            ),
            texture=(
                "O leiloeiro falava tão depressa que parecia um disco acelerado.",
                "Na gaiola, o papagaio coçava a cabeça com uma pata, com ar de entendido.",
                "Alguém na primeira fila tossiu, nervoso.",
                "Lá fora, começou a chover miudinho.",
            ),
        ),
    ),
)
