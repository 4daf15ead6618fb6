# lexcore.lex: the engine's own part of the built-in lexicon of cctag, in
# the cc-lexicon(5) format: event cues, verbs of saying, negation and
# hypothesis words, mission words, topic words, and fallback entries for
# states, blocs, actors and people. lib/mklex.sh puts these rows first, so
# the fact tables in lib/lexdata/*.tsv override them.
#
# Event cues. form=verb: the subject acts on the object ("X accused Y");
# form=noun: "accusations by X against Y"; form=pred: the subject of the
# clause is the target ("Y was behind"); form=attr: "attributed ... to Y".
cue	accuse	accus*	form=verb
cue	accuse	accusation	form=noun
cue	accuse	accusations	form=noun
cue	accuse	allegation	form=noun
cue	accuse	allegations	form=noun
cue	accuse	allege	form=verb
cue	accuse	alleges	form=verb
cue	accuse	alleged that	form=verb
cue	accuse	alleged	form=verb
cue	accuse	carried out	form=verb
cue	accuse	blam*	form=verb
cue	accuse	purport*	form=verb
cue	accuse	point fingers at	form=verb
cue	accuse	pointed fingers at	form=verb
cue	accuse	pointed the finger at	form=verb
cue	accuse	point the finger at	form=verb
cue	accuse	alluded to	form=verb
cue	accuse	linked	form=verb
cue	accuse	links	form=verb
cue	accuse	attribut*	form=attr
cue	accuse	working for	form=prep
cue	accuse	on behalf of	form=prep
cue	accuse	backed by	form=prep
cue	accuse	sponsored by	form=prep
cue	accuse	affiliated with	form=prep
cue	accuse	tied to	form=prep
cue	accuse	operating under	form=prep
cue	accuse	carried out by	form=prep
cue	accuse	orchestrated by	form=prep
cue	accuse	conducted by	form=prep
cue	accuse	perpetrated by	form=prep
cue	accuse	directed by	form=prep
cue	accuse	launched by	form=prep
cue	accuse	the work of	form=prep
cue	accuse	acting on behalf of	form=prep
cue	accuse	operating on behalf of	form=prep
cue	accuse	blamed on	form=prep
cue	accuse	pinned	form=verb need=on
cue	accuse	pins	form=verb need=on
cue	accuse	pinning	form=verb need=on
cue	accuse	held	form=verb need=responsible,accountable,culpable
cue	accuse	holds	form=verb need=responsible,accountable,culpable
cue	accuse	hold	form=verb need=responsible,accountable,culpable
cue	accuse	holding	form=verb need=responsible,accountable,culpable
cue	accuse	named	form=verb need=culprit,perpetrator,perpetrators,behind,responsible
cue	accuse	names	form=verb need=culprit,perpetrator,perpetrators,behind,responsible
cue	accuse	naming	form=verb need=culprit,perpetrator,perpetrators,behind,responsible
cue	accuse	implicated	form=verb
cue	accuse	implicates	form=verb
cue	accuse	implicating	form=verb
cue	accuse	worked for	form=prep
cue	accuse	works for	form=prep
cue	accuse	work for	form=prep
cue	accuse	behind	form=pred
cue	accuse	is responsible for	form=pred
cue	accuse	was responsible for	form=pred
cue	accuse	were responsible for	form=pred
cue	accuse	are responsible for	form=pred
cue	accuse	main source of	form=pred
cue	accuse	source of	form=pred
cue	accuse	origin of	form=pred
cue	accuse	to originate	form=pred
cue	accuse	is originating	form=pred
cue	accuse	were connected to	form=attr
cue	accuse	was connected to	form=attr
cue	accuse	linked to	form=attr
cue	accuse	state-sponsored	form=pred
cue	deny	deny	form=verb
cue	deny	denies	form=verb
cue	deny	denied	form=verb
cue	deny	denying	form=verb
cue	deny	denial	form=noun
cue	deny	no evidence	form=verb
cue	deny	is false	form=verb
cue	deny	are false	form=verb
cue	deny	was false	form=verb
cue	deny	were false	form=verb
cue	deny	false claims	form=verb
cue	deny	false allegations	form=verb
cue	deny	reject*	form=verb
cue	deny	refut*	form=verb
cue	deny	dismiss*	form=verb
cue	deny	declined to be responsible	form=verb
cue	deny	unfounded	form=verb
cue	deny	groundless	form=verb
cue	deny	baseless	form=verb
cue	deny	fabricated	form=verb
cue	deny	absurd	form=verb
cue	deny	nonsense	form=verb
cue	deny	come from nowhere	form=verb
cue	deny	made up out of thin air	form=verb
cue	deny	will never accept	form=verb
cue	deny	will never credit	form=verb
cue	deny	unwarranted allegations	form=verb
cue	deny	not based on facts	form=verb
cue	deny	any involvement	form=verb
cue	deny	nothing to do with	form=verb
cue	deny	politically motivated	form=verb
cue	deny	any role	form=verb
cue	deny	any part in	form=verb
cue	deny	disinformation	form=verb
cue	deny	false accusations	form=verb
cue	deny	insinuations	form=verb
cue	deny	ploy	form=verb
cue	deny	provocation	form=verb
cue	deny	smear campaign	form=verb
cue	deny	fabrication*	form=verb
cue	deny	opposed to any form	form=verb
cue	deny	figment	form=verb
cue	deny	a fiction	form=verb
cue	deny	pure fiction	form=verb
cue	deny	rich imagination	form=verb
cue	deny	were made up	form=verb
cue	deny	was made up	form=verb
cue	deny	are made up	form=verb
cue	deny	is made up	form=verb
cue	deny	no proof	form=verb
cue	deny	without any proof	form=verb
cue	deny	not been shown any evidence	form=verb
cue	deny	not been presented with any evidence	form=verb
cue	deny	not been provided any evidence	form=verb
cue	denounce	denounc*	form=verb
cue	denounce	condemn*	form=verb
cue	denounce	critici*	form=verb
cue	denounce	lash out	form=verb
cue	denounce	lashes out	form=verb
cue	denounce	lashed out	form=verb
cue	denounce	slam*	form=verb
cue	denounce	hypocritical	form=verb
cue	denounce	hypocrisy	form=verb
cue	denounce	smear	form=verb
cue	denounce	smearing	form=verb
cue	denounce	irresponsible	form=verb
cue	denounce	irrational	form=verb
cue	denounce	unacceptable	form=verb
cue	denounce	defamation	form=verb
cue	denounce	defame	form=verb
cue	denounce	slander	form=verb
cue	denounce	political manipulation	form=verb
cue	denounce	played down	form=verb
cue	denounce	opposed	form=verb
cue	denounce	political ends	form=verb
cue	denounce	political reasons	form=verb
cue	denounce	staining others	form=verb
cue	denounce	double standards	form=verb
cue	denounce	responded in kind	form=verb
cue	denounce	warned	form=verb
cue	denounce	reckless	form=verb
cue	denounce	illegitimate	form=verb
cue	denounce	deplor*	form=verb
cue	denounce	rebuk*	form=verb
cue	sanction	sanction	form=verb
cue	sanction	sanctioned	form=verb
cue	sanction	sanctioning	form=verb
cue	sanction	sanctions	form=noun
cue	sanction	imposed sanctions	form=verb
cue	sanction	impose sanctions	form=verb
cue	sanction	imposes sanctions	form=verb
cue	sanction	imposing sanctions	form=verb
cue	sanction	announced sanctions	form=verb
cue	sanction	froze the assets	form=verb
cue	sanction	froze assets	form=verb
cue	sanction	freeze the assets	form=verb
cue	sanction	freezes the assets	form=verb
cue	sanction	frozen the assets	form=verb
cue	sanction	asset freeze	form=verb
cue	sanction	asset freezes	form=verb
cue	sanction	designated	form=verb
cue	sanction	designates	form=verb
cue	sanction	designating	form=verb
cue	sanction	sanctions list	form=list
cue	sanction	sanctions lists	form=list
cue	sanction	slapped sanctions	form=verb
cue	sanction	slaps sanctions	form=verb
cue	sanction	imposed new sanctions	form=verb
cue	sanction	imposed fresh sanctions	form=verb
cue	sanction	imposed financial sanctions	form=verb
cue	sanction	imposes financial sanctions	form=verb
cue	sanction	impose financial sanctions	form=verb
cue	sanction	imposed targeted sanctions	form=verb
cue	sanction	imposed cyber sanctions	form=verb
cue	sanction	travel ban	form=verb
cue	sanction	travel bans	form=verb
cue	charge	charged	form=verb
cue	charge	charges	form=noun
cue	charge	indict*	form=verb
cue	charge	arrest*	form=verb
cue	charge	prosecute	form=verb
cue	charge	prosecuted	form=verb
cue	charge	prosecuting	form=verb
cue	charge	charging	form=verb
cue	charge	arrest warrant	form=verb
cue	charge	arrest warrants	form=verb
cue	charge	criminal complaint	form=verb
cue	charge	detained	form=verb
cue	charge	extradit*	form=verb
cue	charge	convicted	form=verb
cue	charge	sentenced	form=verb
cue	victim	victim	form=verb
cue	victim	fell victim	form=verb
cue	victim	hit by	form=verb need=cyberattack,cyberattacks,attack,attacks,hackers,hacker,hacking,hack,hacks,cyber,intrusion,intrusions,espionage,malware,ransomware,spies,phishing,breach
cue	victim	targeted by	form=verb need=cyberattack,cyberattacks,attack,attacks,hackers,hacker,hacking,hack,hacks,cyber,intrusion,intrusions,espionage,malware,ransomware,spies,phishing,breach
cue	victim	came under	form=verb need=cyberattack,cyberattacks,attack,attacks,hackers,hacker,hacking,hack,hacks,cyber,intrusion,intrusions,espionage,malware,ransomware,spies,phishing,breach
cue	victim	come under	form=verb need=cyberattack,cyberattacks,attack,attacks,hackers,hacker,hacking,hack,hacks,cyber,intrusion,intrusions,espionage,malware,ransomware,spies,phishing,breach
cue	victim	under attack	form=verb
cue	demand	urg*	form=verb
cue	demand	demand*	form=verb
cue	demand	called on	form=verb
cue	demand	calls on	form=verb
cue	demand	call on	form=verb
cue	demand	called for	form=verb
cue	demand	calls for	form=verb
cue	demand	requesting	form=verb
cue	demand	requested	form=verb
cue	demand	requests	form=verb
cue	demand	called upon	form=verb
cue	demand	calls upon	form=verb
cue	demand	call upon	form=verb
cue	demand	pressed	form=verb need=to
cue	demand	pressing	form=verb need=to
cue	demand	asked	form=verb need=stop,refrain,cease,halt,end
cue	demand	asks	form=verb need=stop,refrain,cease,halt,end
cue	demand	ask	form=verb need=stop,refrain,cease,halt,end
cue	demand	asking	form=verb need=stop,refrain,cease,halt,end
cue	threaten	threaten*	form=verb
cue	threaten	countermeasures	form=verb
cue	threaten	retaliat*	form=verb
cue	threaten	necessary measures	form=verb
cue	threaten	vowed to respond	form=verb
cue	threaten	vows to respond	form=verb
cue	threaten	vow to respond	form=verb
cue	threaten	will respond	form=verb
cue	threaten	would respond	form=verb
cue	threaten	right to respond	form=verb
cue	threaten	reserves the right	form=verb
cue	threaten	reserved the right	form=verb
cue	threaten	reserve the right	form=verb
cue	threaten	hit back	form=verb
cue	threaten	strike back	form=verb
cue	threaten	respond in kind	form=verb
cue	threaten	response measures	form=verb
cue	threaten	pay a price	form=verb
cue	threaten	pay a heavy price	form=verb
cue	threaten	reciprocal measures	form=verb
cue	threaten	further steps	form=verb
cue	threaten	further measures	form=verb
cue	threaten	impose costs	form=verb
cue	threaten	imposing costs	form=verb
cue	threaten	impose a cost	form=verb
cue	threaten	of our choosing	form=verb
cue	threaten	of its choosing	form=verb
cue	threaten	options are on the table	form=verb
cue	threaten	options remain on the table	form=verb
cue	threaten	options were on the table	form=verb
cue	threaten	option is on the table	form=verb
#
# Verbs of saying: they set the speaker.
cue	say	said
cue	say	says
cue	say	say
cue	say	saying
cue	say	stated
cue	say	states
cue	say	declared
cue	say	declares
cue	say	added
cue	say	adding
cue	say	adds
cue	say	told
cue	say	tells
cue	say	according to
cue	say	assured
cue	say	asserted
cue	say	asserting
cue	say	claimed
cue	say	claims that
cue	say	mentioned
cue	say	mentioning
cue	say	revealed
cue	say	disclosed
cue	say	considered that
cue	say	concluded
cue	say	responded
cue	say	described
cue	say	called
cue	say	calling
cue	say	affirmed
cue	say	insisted
cue	say	warned that
cue	say	add
cue	say	assert
cue	say	asserts
cue	say	assure
cue	say	assures
cue	say	conclude
cue	say	concludes
cue	say	declare
cue	say	describe
cue	say	describes
cue	say	disclose
cue	say	discloses
cue	say	emphasised
cue	say	emphasized
cue	say	mention
cue	say	mentions
cue	say	noted
cue	say	pointed out
cue	say	reveal
cue	say	reveals
cue	say	stressed
cue	say	stresses
cue	say	tell
cue	say	warns that
cue	say	announced
cue	say	spoken of
cue	say	referred to
cue	say	held that
cue	say	stated that
cue	say	alleged that
#
# Negation and hypothesis: an event cue after one of these in its clause
# is not an event.
cue	neg	not
cue	neg	never
cue	neg	no
cue	neg	n't
cue	neg	without
cue	neg	avoid*
cue	neg	refrain*
cue	neg	stopped short of
cue	neg	stops short of
cue	neg	stop short of
cue	neg	declined to
cue	neg	no plans to
cue	hyp	would
cue	hyp	could face
cue	neg	neither
cue	neg	nor
cue	neg	despite
cue	neg	in response to
cue	neg	a day after
cue	hyp	if
cue	hyp	could
cue	hyp	might
cue	hyp	may
cue	hyp	whether
cue	hyp	considering
cue	hyp	considers
cue	hyp	mulling
cue	hyp	weighing
cue	hyp	planning to
cue	hyp	plans to
cue	hyp	before taking
#
# Missions: their acts are aimed at the host state named after "in".
cue	mission	embassy
cue	mission	embassies
cue	mission	mission
cue	mission	missions
cue	mission	legation
cue	mission	delegation
cue	mission	delegations
cue	mission	consulate
cue	mission	diplomats
#
# Words for attacks: "X said (Y) attacked ..." is an accusation by X.
cue	attack	attack*
cue	attack	cyberattack*
cue	attack	hack*
cue	attack	intrusion*
cue	attack	espionage*
cue	attack	spie*
cue	attack	spy*
cue	attack	stole*
cue	attack	breach*
cue	attack	penetrat*
cue	attack	compromis*
cue	attack	ransom*
cue	attack	target*
cue	attack	burrow*
cue	attack	infiltrat*
cue	attack	broke into
cue	attack	broken into
cue	attack	break into
#
topic	cyber	cyber*
topic	cyber	hack*
topic	cyber	spy*
topic	cyber	spie*
topic	cyber	espionage*
topic	cyber	surveillance
topic	cyber	listening
topic	cyber	ransomware
topic	cyber	ransom
topic	cyber	server*
topic	cyber	intrusion*
topic	cyber	malware
topic	cyber	wiretap*
topic	cyber	phishing
topic	cyber	botnet*
topic	cyber	computer systems
topic	cyber	data theft
topic	cyber	web attacks
topic	cyber	attack affected
topic	cyber	efforts were thwarted
topic	cyber	investigations were still underway
topic	cyber	digital realm
#
# Phrases that are no state, bloc or actor.
not	-	China Daily
not	-	Air China
not	-	China Southern
not	-	The Washington Post
not	-	Washington Post
not	-	Washington Times
not	-	George Washington
not	-	Denzel Washington
not	-	Georgia-based
not	-	Atlanta, Georgia
not	-	Georgia Tech
not	-	Michael Jordan
not	-	New York Times
not	-	South China Morning Post
not	-	Global Times
not	-	the Asian country
not	-	Turkey sandwich
not	EU	Brussels	kind=seat
#
# Blocs.
org	FVEY	Five Eyes
org	FVEY	FVEY	case
org	NATO	NATO	case
org	NATO	North Atlantic Treaty Organization
org	NATO	North Atlantic Alliance
org	EU	EU	case
org	EU	European Union
org	G7	G7	case
org	G7	Group of Seven
org	G7	G-7	case
org	G20	G20	case
org	UN	UN	case
org	UN	United Nations
org	ASEAN	ASEAN	case
org	ASEAN	Association of Southeast Asian Nations
org	SCO	SCO	case
org	SCO	Shanghai Cooperation Organisation
org	SCO	Shanghai Cooperation Organization
#
# People who speak in this news, with their state.
person	Zhao Lijian	Zhao Lijian	state=CN
person	Wang Wenbin	Wang Wenbin	state=CN
person	Mao Ning	Mao Ning	state=CN
person	Lin Jian	Lin Jian	state=CN
person	Hua Chunying	Hua Chunying	state=CN
person	Wang Yi	Wang Yi	state=CN
person	Xi Jinping	Xi Jinping	state=CN
person	Liu Pengyu	Liu Pengyu	state=CN
person	Antony Blinken	Antony Blinken	state=US
person	Antony Blinken	Anthony Blinken	state=US
person	Joe Biden	Joe Biden	state=US
person	Donald Trump	Donald Trump	state=US
person	Barack Obama	Barack Obama	state=US
person	Merrick Garland	Merrick Garland	state=US
person	Lisa Monaco	Lisa Monaco	state=US
person	Matthew Miller	Matthew Miller	state=US
person	Josep Borrell	Josep Borrell	state=EU
person	Judith Collins	Judith Collins	state=NZ
person	Winston Peters	Winston Peters	state=NZ
person	Oliver Dowden	Oliver Dowden	state=GB
person	David Cameron	David Cameron	state=GB
person	Rishi Sunak	Rishi Sunak	state=GB
person	Vladimir Putin	Vladimir Putin	state=RU
person	Dmitry Peskov	Dmitry Peskov	state=RU
person	Maria Zakharova	Maria Zakharova	state=RU
person	Jens Stoltenberg	Jens Stoltenberg	state=NATO
#
# Victim bodies and other actors the seed pages name.
actor	OPM	Office of Personnel Management	state=US kind=agency
actor	OPM	OPM	state=US kind=agency case
actor	EBA	European Banking Authority	kind=agency
actor	Storting	Storting	state=NO kind=parliament
actor	Storting	Norwegian Parliament	state=NO kind=parliament
actor	CMF	Financial Market Commission	state=CL kind=agency
actor	CMF	Chilean Financial Market Commission	state=CL kind=agency
actor	Electoral Commission	Electoral Commission	state=GB kind=agency
actor	PCO	Parliamentary Counsel Office	state=NZ kind=agency
actor	GCSB	GCSB	state=NZ kind=agency case
actor	GCSB	Government Communications Security Bureau	state=NZ kind=agency
actor	NCSC	National Cyber Security Centre	kind=agency
actor	FBI	FBI	state=US kind=agency case
actor	FBI	Federal Bureau of Investigation	state=US kind=agency
#
# States.
country	AF	Afghanistan	kind=name
country	AF	Afghan	kind=adj
country	AF	Kabul	kind=capital
country	AU	Australia	kind=name
country	AU	Australian	kind=adj
country	AU	Canberra	kind=capital
country	AT	Austria	kind=name
country	AT	Austrian	kind=adj
country	AT	Vienna	kind=capital
country	BE	Belgium	kind=name
country	BE	Belgian	kind=adj
country	BR	Brazil	kind=name
country	BR	Brazilian	kind=adj
country	BR	Brasília	kind=capital
country	BR	Brasilia	kind=capital
country	BY	Belarus	kind=name
country	BY	Belarusian	kind=adj
country	BY	Minsk	kind=capital
country	CA	Canada	kind=name
country	CA	Canadian	kind=adj
country	CA	Ottawa	kind=capital
country	CL	Chile	kind=name
country	CL	Chilean	kind=adj
country	CL	Santiago	kind=capital
country	CN	China	kind=name
country	CN	Chinese	kind=adj
country	CN	Beijing	kind=capital
country	CN	People's Republic of China	kind=variant
country	CN	Sino	kind=variant
country	CN	PRC	case kind=variant
country	CN	Zhongnanhai	kind=variant
country	CZ	Czech Republic	kind=name
country	CZ	Czech	kind=adj
country	CZ	Prague	kind=capital
country	CZ	Czechia	kind=variant
country	DE	Germany	kind=name
country	DE	German	kind=adj
country	DE	Berlin	kind=capital
country	DK	Denmark	kind=name
country	DK	Danish	kind=adj
country	DK	Copenhagen	kind=capital
country	EE	Estonia	kind=name
country	EE	Estonian	kind=adj
country	EE	Tallinn	kind=capital
country	ES	Spain	kind=name
country	ES	Spanish	kind=adj
country	ES	Madrid	kind=capital
country	FI	Finland	kind=name
country	FI	Finnish	kind=adj
country	FI	Helsinki	kind=capital
country	FR	France	kind=name
country	FR	French	kind=adj
country	FR	Paris	kind=capital
country	FR	Élysée	kind=variant
country	FR	Elysee	kind=variant
country	GB	United Kingdom	kind=name
country	GB	British	kind=adj
country	GB	London	kind=capital
country	GB	Britain	kind=variant
country	GB	Great Britain	kind=variant
country	GB	UK	case kind=variant
country	GB	U.K.	case kind=variant
country	GB	Downing Street	kind=variant
country	GB	Whitehall	kind=variant
country	GB	England	kind=variant
country	GB	Scotland	kind=variant
country	GE	Georgia	kind=name
country	GE	Georgian	kind=adj
country	GE	Tbilisi	kind=capital
country	GR	Greece	kind=name
country	GR	Greek	kind=adj
country	GR	Athens	kind=capital
country	HK	Hong Kong	kind=name
country	IE	Ireland	kind=name
country	IE	Irish	kind=adj
country	IE	Dublin	kind=capital
country	IL	Israel	kind=name
country	IL	Israeli	kind=adj
country	IL	Jerusalem	kind=capital
country	IN	India	kind=name
country	IN	Indian	kind=adj
country	IN	New Delhi	kind=capital
country	IR	Iran	kind=name
country	IR	Iranian	kind=adj
country	IR	Tehran	kind=capital
country	IR	Islamic Republic of Iran	kind=variant
country	IT	Italy	kind=name
country	IT	Italian	kind=adj
country	IT	Rome	kind=capital
country	JP	Japan	kind=name
country	JP	Japanese	kind=adj
country	JP	Tokyo	kind=capital
country	KP	North Korea	kind=name
country	KP	North Korean	kind=adj
country	KP	Pyongyang	kind=capital
country	KP	DPRK	case kind=variant
country	KP	Democratic People's Republic of Korea	kind=variant
country	KR	South Korea	kind=name
country	KR	South Korean	kind=adj
country	KR	Seoul	kind=capital
country	KR	Republic of Korea	kind=variant
country	LT	Lithuania	kind=name
country	LT	Lithuanian	kind=adj
country	LT	Vilnius	kind=capital
country	LV	Latvia	kind=name
country	LV	Latvian	kind=adj
country	LV	Riga	kind=capital
country	MX	Mexico	kind=name
country	MX	Mexican	kind=adj
country	MX	Mexico City	kind=capital
country	NL	Netherlands	kind=name
country	NL	Dutch	kind=adj
country	NL	The Hague	kind=capital
country	NL	Holland	kind=variant
country	NO	Norway	kind=name
country	NO	Norwegian	kind=adj
country	NO	Oslo	kind=capital
country	NZ	New Zealand	kind=name
country	NZ	New Zealander	kind=adj
country	NZ	Wellington	kind=capital
country	NZ	NZ	case kind=variant
country	NZ	Kiwi	kind=variant
country	PK	Pakistan	kind=name
country	PK	Pakistani	kind=adj
country	PK	Islamabad	kind=capital
country	PL	Poland	kind=name
country	PL	Polish	kind=adj
country	PL	Warsaw	kind=capital
country	PT	Portugal	kind=name
country	PT	Portuguese	kind=adj
country	PT	Lisbon	kind=capital
country	RU	Russia	kind=name
country	RU	Russian	kind=adj
country	RU	Moscow	kind=capital
country	RU	Russian Federation	kind=variant
country	RU	Kremlin	kind=variant
country	SA	Saudi Arabia	kind=name
country	SA	Saudi	kind=adj
country	SA	Riyadh	kind=capital
country	SE	Sweden	kind=name
country	SE	Swedish	kind=adj
country	SE	Stockholm	kind=capital
country	SG	Singapore	kind=name
country	SG	Singaporean	kind=adj
country	CH	Switzerland	kind=name
country	CH	Swiss	kind=adj
country	CH	Bern	kind=capital
country	SY	Syria	kind=name
country	SY	Syrian	kind=adj
country	SY	Damascus	kind=capital
country	TR	Turkey	kind=name
country	TR	Turkish	kind=adj
country	TR	Ankara	kind=capital
country	TR	Türkiye	kind=variant
country	TW	Taiwan	kind=name
country	TW	Taiwanese	kind=adj
country	TW	Taipei	kind=capital
country	UA	Ukraine	kind=name
country	UA	Ukrainian	kind=adj
country	UA	Kyiv	kind=capital
country	UA	Kiev	kind=variant
country	US	United States	kind=name
country	US	American	kind=adj
country	US	Washington	kind=capital
country	US	United States of America	kind=variant
country	US	America	kind=variant
country	US	US	case kind=variant
country	US	U.S.	case kind=variant
country	US	USA	case kind=variant
country	US	U.S.A.	case kind=variant
country	US	White House	kind=variant
country	US	Pentagon	kind=variant
country	US	Capitol Hill	kind=variant
country	VN	Vietnam	kind=name
country	VN	Vietnamese	kind=adj
country	VN	Hanoi	kind=capital
country	VN	Viet Nam	kind=variant
#
# Agencies, threat groups and companies.
actor	APT1	APT1	state=CN kind=apt case
actor	APT1	Comment Crew	state=CN kind=apt
actor	APT1	Comment Group	state=CN kind=apt
actor	APT1	Comment Panda	state=CN kind=apt
actor	APT3	APT3	state=CN kind=apt case
actor	APT3	Gothic Panda	state=CN kind=apt
actor	APT3	Pirpi	state=CN kind=apt
actor	APT3	TG-0110	state=CN kind=apt case
actor	APT3	Threat Group-0110	state=CN kind=apt
actor	APT5	APT5	state=CN kind=apt case
actor	APT5	Mulberry Typhoon	state=CN kind=apt
actor	APT5	MANGANESE	state=CN kind=apt
actor	APT5	BRONZE FLEETWOOD	state=CN kind=apt
actor	APT5	Keyhole Panda	state=CN kind=apt
actor	APT5	UNC2630	state=CN kind=apt case
actor	APT10	APT10	state=CN kind=apt case
actor	APT10	menuPass	state=CN kind=apt
actor	APT10	Stone Panda	state=CN kind=apt
actor	APT10	POTASSIUM	state=CN kind=apt
actor	APT10	Red Apollo	state=CN kind=apt
actor	APT10	CVNX	state=CN kind=apt case
actor	APT10	HOGFISH	state=CN kind=apt case
actor	APT10	BRONZE RIVERSIDE	state=CN kind=apt
actor	APT10	Cloud Hopper	state=CN kind=apt
actor	APT15	APT15	state=CN kind=apt case
actor	APT15	Ke3chang	state=CN kind=apt
actor	APT15	Vixen Panda	state=CN kind=apt
actor	APT15	Playful Dragon	state=CN kind=apt
actor	APT15	RoyalAPT	state=CN kind=apt
actor	APT15	NICKEL	state=CN kind=apt case
actor	APT15	Nylon Typhoon	state=CN kind=apt
actor	APT17	APT17	state=CN kind=apt case
actor	APT17	Deputy Dog	state=CN kind=apt
actor	APT27	APT27	state=CN kind=apt case
actor	APT27	Threat Group-3390	state=CN kind=apt
actor	APT27	TG-3390	state=CN kind=apt case
actor	APT27	Emissary Panda	state=CN kind=apt
actor	APT27	BRONZE UNION	state=CN kind=apt
actor	APT27	Iron Tiger	state=CN kind=apt
actor	APT27	LuckyMouse	state=CN kind=apt
actor	APT27	Linen Typhoon	state=CN kind=apt
actor	APT27	Earth Smilodon	state=CN kind=apt
actor	APT31	APT31	state=CN kind=apt case
actor	APT31	ZIRCONIUM	state=CN kind=apt
actor	APT31	Violet Typhoon	state=CN kind=apt
actor	APT31	Judgment Panda	state=CN kind=apt
actor	APT31	BRONZE VINEWOOD	state=CN kind=apt
actor	APT31	TA412	state=CN kind=apt case
actor	APT40	APT40	state=CN kind=apt case
actor	APT40	Leviathan	state=CN kind=apt
actor	APT40	MUDCARP	state=CN kind=apt case
actor	APT40	Kryptonite Panda	state=CN kind=apt
actor	APT40	GADOLINIUM	state=CN kind=apt
actor	APT40	BRONZE MOHAWK	state=CN kind=apt
actor	APT40	TEMP.Jumper	state=CN kind=apt
actor	APT40	TEMP.Periscope	state=CN kind=apt
actor	APT40	Gingham Typhoon	state=CN kind=apt
actor	APT40	TA423	state=CN kind=apt case
actor	APT41	APT41	state=CN kind=apt case
actor	APT41	Wicked Panda	state=CN kind=apt
actor	APT41	Brass Typhoon	state=CN kind=apt
actor	APT41	BARIUM	state=CN kind=apt case
actor	APT41	Double Dragon	state=CN kind=apt
actor	Volt Typhoon	Volt Typhoon	state=CN kind=apt
actor	Volt Typhoon	BRONZE SILHOUETTE	state=CN kind=apt
actor	Volt Typhoon	Vanguard Panda	state=CN kind=apt
actor	Volt Typhoon	DEV-0391	state=CN kind=apt case
actor	Volt Typhoon	UNC3236	state=CN kind=apt case
actor	Volt Typhoon	Voltzite	state=CN kind=apt
actor	Volt Typhoon	Insidious Taurus	state=CN kind=apt
actor	Salt Typhoon	Salt Typhoon	state=CN kind=apt
actor	Salt Typhoon	GhostEmperor	state=CN kind=apt
actor	Salt Typhoon	FamousSparrow	state=CN kind=apt
actor	Salt Typhoon	RedMike	state=CN kind=apt
actor	Salt Typhoon	Operator Panda	state=CN kind=apt
actor	Flax Typhoon	Flax Typhoon	state=CN kind=apt
actor	Flax Typhoon	Ethereal Panda	state=CN kind=apt
actor	Flax Typhoon	Storm-0919	state=CN kind=apt
actor	Hafnium	Hafnium	state=CN kind=apt
actor	Hafnium	Silk Typhoon	state=CN kind=apt
actor	Mustang Panda	Mustang Panda	state=CN kind=apt
actor	Mustang Panda	TA416	state=CN kind=apt case
actor	Mustang Panda	RedDelta	state=CN kind=apt
actor	Mustang Panda	BRONZE PRESIDENT	state=CN kind=apt
actor	Mustang Panda	Stately Taurus	state=CN kind=apt
actor	Mustang Panda	Earth Preta	state=CN kind=apt
actor	Mustang Panda	Twill Typhoon	state=CN kind=apt
actor	Mustang Panda	TANTALUM	state=CN kind=apt case
actor	Mustang Panda	CAMARO DRAGON	state=CN kind=apt
actor	Earth Lusca	Earth Lusca	state=CN kind=apt
actor	Earth Lusca	TAG-22	state=CN kind=apt case
actor	Earth Lusca	Charcoal Typhoon	state=CN kind=apt
actor	Earth Lusca	CHROMIUM	state=CN kind=apt case
actor	Earth Lusca	ControlX	state=CN kind=apt
actor	Putter Panda	Putter Panda	state=CN kind=apt
actor	Putter Panda	APT2	state=CN kind=apt case
actor	Putter Panda	MSUpdater	state=CN kind=apt
actor	Naikon	Naikon	state=CN kind=apt
actor	Tonto Team	Tonto Team	state=CN kind=apt
actor	Tonto Team	Karma Panda	state=CN kind=apt
actor	Tonto Team	CactusPete	state=CN kind=apt
actor	Tonto Team	BRONZE HUNTLEY	state=CN kind=apt
actor	Tonto Team	Earth Akhlut	state=CN kind=apt
actor	Deep Panda	Deep Panda	state=CN kind=apt
actor	Deep Panda	Shell Crew	state=CN kind=apt
actor	Deep Panda	KungFu Kittens	state=CN kind=apt
actor	Deep Panda	Black Vine	state=CN kind=apt
actor	Winnti Group	Winnti Group	state=CN kind=apt
actor	APT28	APT28	state=RU kind=apt case
actor	APT28	Fancy Bear	state=RU kind=apt
actor	APT28	Sofacy	state=RU kind=apt
actor	APT28	Sednit	state=RU kind=apt
actor	APT28	STRONTIUM	state=RU kind=apt
actor	APT28	Pawn Storm	state=RU kind=apt
actor	APT28	Tsar Team	state=RU kind=apt
actor	APT28	Forest Blizzard	state=RU kind=apt
actor	APT28	IRON TWILIGHT	state=RU kind=apt
actor	APT28	SNAKEMACKEREL	state=RU kind=apt
actor	APT28	TG-4127	state=RU kind=apt case
actor	APT28	Threat Group-4127	state=RU kind=apt
actor	APT28	FROZENLAKE	state=RU kind=apt
actor	APT28	GruesomeLarch	state=RU kind=apt
actor	APT29	APT29	state=RU kind=apt case
actor	APT29	Cozy Bear	state=RU kind=apt
actor	APT29	The Dukes	state=RU kind=apt
actor	APT29	NOBELIUM	state=RU kind=apt case
actor	APT29	Midnight Blizzard	state=RU kind=apt
actor	APT29	YTTRIUM	state=RU kind=apt case
actor	APT29	IRON RITUAL	state=RU kind=apt
actor	APT29	IRON HEMLOCK	state=RU kind=apt
actor	APT29	Dark Halo	state=RU kind=apt
actor	APT29	UNC2452	state=RU kind=apt case
actor	APT29	CozyDuke	state=RU kind=apt
actor	APT29	SolarStorm	state=RU kind=apt
actor	APT29	NobleBaron	state=RU kind=apt
actor	APT29	Blue Kitsune	state=RU kind=apt
actor	APT29	UNC3524	state=RU kind=apt case
actor	Sandworm	Sandworm	state=RU kind=apt
actor	Sandworm	Sandworm Team	state=RU kind=apt
actor	Sandworm	APT44	state=RU kind=apt case
actor	Sandworm	Voodoo Bear	state=RU kind=apt
actor	Sandworm	ELECTRUM	state=RU kind=apt case
actor	Sandworm	Telebots	state=RU kind=apt
actor	Sandworm	IRON VIKING	state=RU kind=apt
actor	Sandworm	IRIDIUM	state=RU kind=apt case
actor	Sandworm	Seashell Blizzard	state=RU kind=apt
actor	Sandworm	FROZENBARENTS	state=RU kind=apt
actor	Sandworm	Quedagh	state=RU kind=apt
actor	Turla	Turla	state=RU kind=apt
actor	Turla	Venomous Bear	state=RU kind=apt
actor	Turla	Secret Blizzard	state=RU kind=apt
actor	Turla	IRON HUNTER	state=RU kind=apt
actor	Turla	Waterbug	state=RU kind=apt
actor	Turla	WhiteBear	state=RU kind=apt
actor	Turla	BELUGASTURGEON	state=RU kind=apt
actor	Turla	Uroburos	state=RU kind=apt
actor	Dragonfly	Dragonfly	state=RU kind=apt
actor	Dragonfly	Energetic Bear	state=RU kind=apt
actor	Dragonfly	Berserk Bear	state=RU kind=apt
actor	Dragonfly	Crouching Yeti	state=RU kind=apt
actor	Dragonfly	DYMALLOY	state=RU kind=apt case
actor	Dragonfly	TEMP.Isotope	state=RU kind=apt
actor	Dragonfly	TG-4192	state=RU kind=apt case
actor	Dragonfly	IRON LIBERTY	state=RU kind=apt
actor	Dragonfly	Ghost Blizzard	state=RU kind=apt
actor	Dragonfly	BROMINE	state=RU kind=apt case
actor	Gamaredon Group	Gamaredon Group	state=RU kind=apt
actor	Gamaredon Group	Gamaredon	state=RU kind=apt
actor	Gamaredon Group	Primitive Bear	state=RU kind=apt
actor	Gamaredon Group	ACTINIUM	state=RU kind=apt case
actor	Gamaredon Group	Shuckworm	state=RU kind=apt
actor	Gamaredon Group	Aqua Blizzard	state=RU kind=apt
actor	Gamaredon Group	IRON TILDEN	state=RU kind=apt
actor	Gamaredon Group	DEV-0157	state=RU kind=apt case
actor	Star Blizzard	Star Blizzard	state=RU kind=apt
actor	Star Blizzard	SEABORGIUM	state=RU kind=apt
actor	Star Blizzard	Callisto Group	state=RU kind=apt
actor	Star Blizzard	COLDRIVER	state=RU kind=apt
actor	Star Blizzard	TA446	state=RU kind=apt case
actor	Ember Bear	Ember Bear	state=RU kind=apt
actor	Ember Bear	Cadet Blizzard	state=RU kind=apt
actor	Ember Bear	UNC2589	state=RU kind=apt case
actor	Ember Bear	Bleeding Bear	state=RU kind=apt
actor	Ember Bear	DEV-0586	state=RU kind=apt case
actor	Ember Bear	Frozenvista	state=RU kind=apt
actor	Ember Bear	UAC-0056	state=RU kind=apt case
actor	Lazarus Group	Lazarus Group	state=KP kind=apt
actor	Lazarus Group	Lazarus	state=KP kind=apt
actor	Lazarus Group	Labyrinth Chollima	state=KP kind=apt
actor	Lazarus Group	HIDDEN COBRA	state=KP kind=apt
actor	Lazarus Group	Guardians of Peace	state=KP kind=apt
actor	Lazarus Group	ZINC	state=KP kind=apt case
actor	Lazarus Group	NICKEL ACADEMY	state=KP kind=apt
actor	Lazarus Group	Diamond Sleet	state=KP kind=apt
actor	APT38	APT38	state=KP kind=apt case
actor	APT38	Bluenoroff	state=KP kind=apt
actor	APT38	BeagleBoyz	state=KP kind=apt
actor	APT38	Stardust Chollima	state=KP kind=apt
actor	APT38	Sapphire Sleet	state=KP kind=apt
actor	APT38	NICKEL GLADSTONE	state=KP kind=apt
actor	APT38	COPERNICIUM	state=KP kind=apt
actor	APT37	APT37	state=KP kind=apt case
actor	APT37	ScarCruft	state=KP kind=apt
actor	APT37	InkySquid	state=KP kind=apt
actor	APT37	Ricochet Chollima	state=KP kind=apt
actor	APT37	Group123	state=KP kind=apt
actor	APT37	TEMP.Reaper	state=KP kind=apt
actor	Kimsuky	Kimsuky	state=KP kind=apt
actor	Kimsuky	APT43	state=KP kind=apt case
actor	Kimsuky	Velvet Chollima	state=KP kind=apt
actor	Kimsuky	Black Banshee	state=KP kind=apt
actor	Kimsuky	THALLIUM	state=KP kind=apt case
actor	Kimsuky	Emerald Sleet	state=KP kind=apt
actor	Kimsuky	TA427	state=KP kind=apt case
actor	Kimsuky	Springtail	state=KP kind=apt
actor	Andariel	Andariel	state=KP kind=apt
actor	Andariel	Silent Chollima	state=KP kind=apt
actor	Andariel	PLUTONIUM	state=KP kind=apt
actor	Andariel	Onyx Sleet	state=KP kind=apt
actor	AppleJeus	AppleJeus	state=KP kind=apt
actor	AppleJeus	Citrine Sleet	state=KP kind=apt
actor	AppleJeus	Gleaming Pisces	state=KP kind=apt
actor	AppleJeus	UNC4736	state=KP kind=apt case
actor	AppleJeus	UNC1720	state=KP kind=apt case
actor	APT33	APT33	state=IR kind=apt case
actor	APT33	HOLMIUM	state=IR kind=apt case
actor	APT33	Peach Sandstorm	state=IR kind=apt
actor	APT33	Refined Kitten	state=IR kind=apt
actor	APT33	MAGNALLIUM	state=IR kind=apt
actor	APT34	APT34	state=IR kind=apt case
actor	APT34	OilRig	state=IR kind=apt
actor	APT34	Helix Kitten	state=IR kind=apt
actor	APT34	COBALT GYPSY	state=IR kind=apt
actor	APT34	IRN2	state=IR kind=apt case
actor	APT34	Hazel Sandstorm	state=IR kind=apt
actor	APT34	EUROPIUM	state=IR kind=apt case
actor	APT34	Evasive Serpens	state=IR kind=apt
actor	APT34	Crambus	state=IR kind=apt
actor	APT34	TA452	state=IR kind=apt case
actor	APT34	Earth Simnavaz	state=IR kind=apt
actor	APT35	APT35	state=IR kind=apt case
actor	APT35	Charming Kitten	state=IR kind=apt
actor	APT35	Magic Hound	state=IR kind=apt
actor	APT35	Phosphorus	state=IR kind=apt
actor	APT35	Mint Sandstorm	state=IR kind=apt
actor	APT35	TA453	state=IR kind=apt case
actor	APT35	COBALT ILLUSION	state=IR kind=apt
actor	APT35	ITG18	state=IR kind=apt case
actor	APT39	APT39	state=IR kind=apt case
actor	APT39	Chafer	state=IR kind=apt
actor	APT39	Remix Kitten	state=IR kind=apt
actor	APT39	ITG07	state=IR kind=apt case
actor	APT42	APT42	state=IR kind=apt case
actor	APT42	UNC788	state=IR kind=apt case
actor	MuddyWater	MuddyWater	state=IR kind=apt
actor	MuddyWater	Static Kitten	state=IR kind=apt
actor	MuddyWater	Seedworm	state=IR kind=apt
actor	MuddyWater	MERCURY	state=IR kind=apt case
actor	MuddyWater	Mango Sandstorm	state=IR kind=apt
actor	MuddyWater	TEMP.Zagros	state=IR kind=apt
actor	MuddyWater	Earth Vetala	state=IR kind=apt
actor	MuddyWater	TA450	state=IR kind=apt case
actor	Fox Kitten	Fox Kitten	state=IR kind=apt
actor	Fox Kitten	Pioneer Kitten	state=IR kind=apt
actor	Fox Kitten	Parisite	state=IR kind=apt
actor	Fox Kitten	UNC757	state=IR kind=apt case
actor	Fox Kitten	RUBIDIUM	state=IR kind=apt case
actor	Fox Kitten	Lemon Sandstorm	state=IR kind=apt
actor	Agrius	Agrius	state=IR kind=apt
actor	Agrius	Pink Sandstorm	state=IR kind=apt
actor	Agrius	AMERICIUM	state=IR kind=apt
actor	Agrius	Agonizing Serpens	state=IR kind=apt
actor	Agrius	BlackShadow	state=IR kind=apt
actor	CURIUM	CURIUM	state=IR kind=apt case
actor	CURIUM	Crimson Sandstorm	state=IR kind=apt
actor	CURIUM	Tortoise Shell	state=IR kind=apt
actor	CURIUM	TA456	state=IR kind=apt case
actor	Silent Librarian	Silent Librarian	state=IR kind=apt
actor	Silent Librarian	COBALT DICKENS	state=IR kind=apt
actor	Silent Librarian	TA407	state=IR kind=apt case
actor	Equation Group	Equation Group	state=US kind=apt
actor	Equation Group	EQGRP	state=US kind=apt case
actor	MSS	MSS	state=CN kind=agency case
actor	MSS	Ministry of State Security	state=CN kind=agency
actor	MPS	MPS	state=CN kind=agency case
actor	MPS	Ministry of Public Security	state=CN kind=agency
actor	PLA	PLA	state=CN kind=agency case
actor	PLA	People's Liberation Army	state=CN kind=agency
actor	PLA Unit 61398	PLA Unit 61398	state=CN kind=agency
actor	PLA Unit 61398	Unit 61398	state=CN kind=agency
actor	PLA Unit 61486	PLA Unit 61486	state=CN kind=agency
actor	PLA Unit 61486	Unit 61486	state=CN kind=agency
actor	Hainan State Security Department	Hainan State Security Department	state=CN kind=agency
actor	Hubei State Security Department	Hubei State Security Department	state=CN kind=agency
actor	Tianjin State Security Bureau	Tianjin State Security Bureau	state=CN kind=agency
actor	CNCERT	CNCERT	state=CN kind=agency case
actor	CNCERT	CNCERT/CC	state=CN kind=agency
actor	CNCERT	National Computer Network Emergency Response Technical Team/Coordination Center of China	state=CN kind=agency
actor	CNCERT	China National Internet Emergency Response Center	state=CN kind=agency
actor	CVERC	CVERC	state=CN kind=agency case
actor	CVERC	National Computer Virus Emergency Response Center	state=CN kind=agency
actor	Chinese Foreign Ministry	Chinese Foreign Ministry	state=CN kind=ministry
actor	Chinese Foreign Ministry	Chinese Ministry of Foreign Affairs	state=CN kind=ministry
actor	Chinese Foreign Ministry	Ministry of Foreign Affairs of China	state=CN kind=ministry
actor	GRU	GRU	state=RU kind=agency case
actor	GRU	Main Intelligence Directorate	state=RU kind=agency
actor	GRU	General Staff Main Intelligence Directorate	state=RU kind=agency
actor	GRU Unit 26165	GRU Unit 26165	state=RU kind=agency
actor	GRU Unit 26165	Unit 26165	state=RU kind=agency
actor	GRU Unit 26165	85th Main Special Service Center	state=RU kind=agency
actor	GRU Unit 26165	GTsSS	state=RU kind=agency
actor	GRU Unit 74455	GRU Unit 74455	state=RU kind=agency
actor	GRU Unit 74455	Unit 74455	state=RU kind=agency
actor	GRU Unit 74455	Main Center for Special Technologies	state=RU kind=agency
actor	GRU Unit 74455	GTsST	state=RU kind=agency
actor	GRU Unit 29155	GRU Unit 29155	state=RU kind=agency
actor	GRU Unit 29155	Unit 29155	state=RU kind=agency
actor	GRU Unit 29155	161st Specialist Training Center	state=RU kind=agency
actor	SVR	SVR	state=RU kind=agency case
actor	SVR	Russian Foreign Intelligence Service	state=RU kind=agency
actor	FSB	FSB	state=RU kind=agency case
actor	FSB	Federal Security Service	state=RU kind=agency
actor	FSB Center 16	FSB Center 16	state=RU kind=agency
actor	FSB Center 16	Center 16	state=RU kind=agency
actor	RGB	RGB	state=KP kind=agency case
actor	RGB	Reconnaissance General Bureau	state=KP kind=agency
actor	IRGC	IRGC	state=IR kind=agency case
actor	IRGC	Islamic Revolutionary Guard Corps	state=IR kind=agency
actor	MOIS	MOIS	state=IR kind=agency case
actor	MOIS	Ministry of Intelligence and Security	state=IR kind=agency
actor	NSA	NSA	state=US kind=agency case
actor	NSA	National Security Agency	state=US kind=agency
actor	CIA	CIA	state=US kind=agency case
actor	CIA	Central Intelligence Agency	state=US kind=agency
actor	FBI	FBI	state=US kind=agency case
actor	FBI	Federal Bureau of Investigation	state=US kind=agency
actor	CISA	CISA	state=US kind=agency case
actor	CISA	Cybersecurity and Infrastructure Security Agency	state=US kind=agency
actor	USCYBERCOM	USCYBERCOM	state=US kind=agency
actor	USCYBERCOM	US Cyber Command	state=US kind=agency
actor	USCYBERCOM	U.S. Cyber Command	state=US kind=agency
actor	USCYBERCOM	CYBERCOM	state=US kind=agency case
actor	ODNI	ODNI	state=US kind=agency case
actor	ODNI	Office of the Director of National Intelligence	state=US kind=agency
actor	OFAC	OFAC	state=US kind=agency case
actor	OFAC	Office of Foreign Assets Control	state=US kind=agency
actor	DOJ	DOJ	state=US kind=ministry case
actor	DOJ	Department of Justice	state=US kind=ministry
actor	DOJ	Justice Department	state=US kind=ministry
actor	DOJ	US Department of Justice	state=US kind=ministry
actor	US Treasury	US Treasury	state=US kind=ministry
actor	US Treasury	Department of the Treasury	state=US kind=ministry
actor	US Treasury	Treasury Department	state=US kind=ministry
actor	State Department	State Department	state=US kind=ministry
actor	State Department	Department of State	state=US kind=ministry
actor	State Department	US State Department	state=US kind=ministry
actor	GCHQ	GCHQ	state=GB kind=agency case
actor	GCHQ	Government Communications Headquarters	state=GB kind=agency
actor	NCSC	NCSC	state=GB kind=agency case
actor	NCSC	National Cyber Security Centre	state=GB kind=agency
actor	MI5	MI5	state=GB kind=agency case
actor	MI6	MI6	state=GB kind=agency case
actor	MI6	Secret Intelligence Service	state=GB kind=agency
actor	FCDO	FCDO	state=GB kind=ministry case
actor	FCDO	Foreign, Commonwealth and Development Office	state=GB kind=ministry
actor	FCDO	Foreign, Commonwealth & Development Office	state=GB kind=ministry
actor	ASD	ASD	state=AU kind=agency case
actor	ASD	Australian Signals Directorate	state=AU kind=agency
actor	ACSC	ACSC	state=AU kind=agency case
actor	ACSC	Australian Cyber Security Centre	state=AU kind=agency
actor	ACSC	ASD's ACSC	state=AU kind=agency
actor	ASIO	ASIO	state=AU kind=agency case
actor	ASIO	Australian Security Intelligence Organisation	state=AU kind=agency
actor	GCSB	GCSB	state=NZ kind=agency case
actor	GCSB	Government Communications Security Bureau	state=NZ kind=agency
actor	NCSC-NZ	NCSC-NZ	state=NZ kind=agency case
actor	NCSC-NZ	New Zealand's National Cyber Security Centre	state=NZ kind=agency
actor	NZSIS	NZSIS	state=NZ kind=agency case
actor	NZSIS	New Zealand Security Intelligence Service	state=NZ kind=agency
actor	MFAT	MFAT	state=NZ kind=ministry case
actor	MFAT	Ministry of Foreign Affairs and Trade	state=NZ kind=ministry
actor	CSE	CSE	state=CA kind=agency case
actor	CSE	Communications Security Establishment	state=CA kind=agency
actor	CSE	CSEC	state=CA kind=agency case
actor	CCCS	CCCS	state=CA kind=agency case
actor	CCCS	Canadian Centre for Cyber Security	state=CA kind=agency
actor	CSIS	CSIS	state=CA kind=agency case
actor	CSIS	Canadian Security Intelligence Service	state=CA kind=agency
actor	NIS	NIS	state=KR kind=agency case
actor	NIS	National Intelligence Service	state=KR kind=agency
actor	CERT-UA	CERT-UA	state=UA kind=agency case
actor	Microsoft	Microsoft	state=US kind=company
actor	Microsoft	Microsoft Threat Intelligence	state=US kind=company
actor	Mandiant	Mandiant	state=US kind=company
actor	Mandiant	FireEye	state=US kind=company
actor	CrowdStrike	CrowdStrike	state=US kind=company
actor	Kaspersky	Kaspersky	state=RU kind=company
actor	Kaspersky	Kaspersky Lab	state=RU kind=company
actor	ESET	ESET	state=SK kind=company case
actor	Secureworks	Secureworks	state=US kind=company
actor	Symantec	Symantec	state=US kind=company
actor	Cisco Talos	Cisco Talos	state=US kind=company
actor	Cisco Talos	Talos	state=US kind=company
actor	Recorded Future	Recorded Future	state=US kind=company
actor	Check Point	Check Point	state=IL kind=company
actor	Check Point	Check Point Research	state=IL kind=company
actor	Trend Micro	Trend Micro	state=JP kind=company
actor	Qi An Xin	Qi An Xin	state=CN kind=company
actor	Qi An Xin	QiAnXin	state=CN kind=company
actor	Qi An Xin	Qi An Xin Technology Group	state=CN kind=company
actor	Qihoo 360	Qihoo 360	state=CN kind=company
actor	Qihoo 360	360 Digital Security Group	state=CN kind=company
actor	i-Soon	i-Soon	state=CN kind=company
actor	i-Soon	Anxun Information Technology	state=CN kind=company
actor	i-Soon	Anxun	state=CN kind=company
actor	Wuhan XRZ	Wuhan XRZ	state=CN kind=company
actor	Wuhan XRZ	Wuhan Xiaoruizhi Science and Technology Company	state=CN kind=company
actor	Wuhan XRZ	Wuhan Xiaoruizhi	state=CN kind=company
actor	Hainan Xiandun	Hainan Xiandun	state=CN kind=company
actor	Hainan Xiandun	Hainan Xiandun Technology Company	state=CN kind=company
actor	Huaying Haitai	Huaying Haitai	state=CN kind=company
actor	Huaying Haitai	Huaying Haitai Science and Technology Development Company	state=CN kind=company
actor	Mabna Institute	Mabna Institute	state=IR kind=company
actor	Rana Intelligence Computing	Rana Intelligence Computing	state=IR kind=company
