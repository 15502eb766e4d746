// Curated digital skills taxonomy: a selection of the ESCO v1.2.0 "digital skills" collection, chosen for the
// skills Manchester's digital employers advertise for. Source: ESCO classification, European Commission,
// https://esco.ec.europa.eu (v1.2.0 digitalSkillsCollection_en.csv). Reused under the Commission's reuse policy
// (Decision 2011/833/EU), with attribution. Names, alt labels, descriptions and URIs are ESCO's; categories are ours.
// We add a few common employer synonyms and well-known tool names to ESCO's alt labels (e.g. 'JS', 'SEO', 'K8s',
// 'React', 'AWS') so that searches for those terms find the skill.
import { SkillCategory } from '../skill-category';

export interface SkillSeed {
  escoUri: string;
  name: string;
  category: SkillCategory;
  altLabels: readonly string[];
  description: string | null;
}

export const SKILL_SEED: readonly SkillSeed[] = [
  // Software development
  {
    escoUri: 'http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d',
    name: 'Python (computer programming)',
    category: 'Software development',
    altLabels: ['Python', 'Python 3K'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Python.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/19a8293b-8e95-4de3-983f-77484079c389',
    name: 'Java (computer programming)',
    category: 'Software development',
    altLabels: ['Java'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Java.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/4c016b68-4116-468c-9dc6-42710c239e4a',
    name: 'C#',
    category: 'Software development',
    altLabels: ['C Sharp'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in C#.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/b633eb55-8f1f-4ae6-ab4c-2022ffe2cb7f',
    name: 'C++',
    category: 'Software development',
    altLabels: ['CPP'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in C++.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/867137fb-ff1b-4ca3-99f3-cb6969aa2c68',
    name: 'TypeScript',
    category: 'Software development',
    altLabels: ['TS'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in TypeScript.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/0ccdfe98-f845-4598-84a1-3dca66e9d9a3',
    name: 'Ruby (computer programming)',
    category: 'Software development',
    altLabels: ['Ruby'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Ruby.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/be80acfc-b6f2-4411-9b8d-b19d9cd2556a',
    name: 'Swift (computer programming)',
    category: 'Software development',
    altLabels: ['Swift'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Swift.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ffddfc7c-a9dd-449f-9e96-882dc447c8b6',
    name: 'Scala',
    category: 'Software development',
    altLabels: [],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Scala.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02',
    name: 'Haskell',
    category: 'Software development',
    altLabels: [],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Haskell.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/9973a5a2-7822-4161-99e9-95c781eb63f8',
    name: 'Objective-C',
    category: 'Software development',
    altLabels: [],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Objective-C.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/13bdd41a-2a18-441f-96db-41252c519413',
    name: 'Visual Basic',
    category: 'Software development',
    altLabels: ['VB', 'VB.NET', 'Visual Studio .NET'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Visual Basic.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/c3a03c5a-c260-4c26-9b9a-873abb396f4d',
    name: 'MATLAB',
    category: 'Software development',
    altLabels: [],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in MATLAB.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/21d2f96d-35f7-4e3f-9745-c533d2dd6e97',
    name: 'computer programming',
    category: 'Software development',
    altLabels: ['coding', 'bash', 'PowerShell', 'AngularJS', 'KnockoutJS', 'Lua', 'Fortran'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms (e.g. object oriented programming, functional programming) and of programming languages.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/5b9cde20-f1b9-4adc-bfb3-dbf70b14138d',
    name: 'use object-oriented programming',
    category: 'Software development',
    altLabels: [],
    description:
      'Utilise specialised ICT tools for programming paradigm based on the concept of objects, which can contain data in the form of fields and code in the form of procedures. Use programming languages which support this method such as JAVA and C++.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d31fab87-2a7d-485c-b699-2901ca294b15',
    name: 'use functional programming',
    category: 'Software development',
    altLabels: [],
    description:
      'Utilise specialised ICT tools to create computer code which treats computation as the evaluation of mathematical functions and seeks to avoid state and mutable data. Use programming languages which support this method such as LISP, PROLOG and Haskell.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/5ef0c719-5bcb-49f8-b8eb-824388225333',
    name: 'use scripting programming',
    category: 'Software development',
    altLabels: [],
    description:
      'Utilise specialised ICT tools to create computer code that is interpreted by the corresponding run-time environments in order to extend applications and automate common computer operations. Use programming languages which support this method such as Unix Shell scripts, JavaScript, Python and Ruby.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/2522a6ce-3202-4ac8-9f5b-b9cb5a3a83a1',
    name: 'debug software',
    category: 'Software development',
    altLabels: [],
    description:
      'Repair computer code by analysing testing results, locating the defects causing the software to output an incorrect or unexpected result and remove these faults.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/9d1b08b3-ba1e-41f6-a466-1ac1e62eb5f0',
    name: 'conduct ICT code review',
    category: 'Software development',
    altLabels: [],
    description:
      'Examine and review systematically computer source code to identify errors in any stage of development and to improve the overall software quality.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/2b7a79e5-84d8-4880-be66-3d9bb05bea17',
    name: 'use software design patterns',
    category: 'Software development',
    altLabels: ['use programming design patterns'],
    description:
      'Utilise reusable solutions, formalised best practices, to solve common ICT development tasks in software development and design.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/f7e2eb04-3e50-4561-bce1-7e51a1fec308',
    name: 'define software architecture',
    category: 'Software development',
    altLabels: ['define application architecture', 'define programme architecture'],
    description:
      'Create and document the structure of software products including components, coupling and interfaces. Ensure feasibility, functionality and compatibility with existing platforms.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/3bddfd7c-ab6d-40c2-883d-5e97fb7640ba',
    name: 'create software design',
    category: 'Software development',
    altLabels: ['create application design'],
    description: 'Transpose a series of requirements into a clear and organised software design.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/f28617ad-afdd-4041-814c-216153a38998',
    name: 'analyse software specifications',
    category: 'Software development',
    altLabels: ['examine software requirements', 'analyse software or system specifications'],
    description:
      'Assess the specifications of a software product or system to be developed by identifying functional and non-functional requirements, constraints and possible sets of use cases which illustrate interactions between the software and its users.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/697dcc9f-ae92-4506-b5f2-e770d7589f74',
    name: 'utilise regular expressions',
    category: 'Software development',
    altLabels: [
      'query with regular expressions',
      'create regular expression queries',
      'query data with regular expressions',
    ],
    description:
      'Combine characters from a specific alphabet using well defined rules to generate character strings that can be used to describe a language or a pattern.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/dba46f87-0831-49cd-a1c7-340a653c0221',
    name: 'Agile development',
    category: 'Software development',
    altLabels: ['agile software development', 'Scrum'],
    description: 'The agile development model is a methodology to design software systems and applications.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/0a9acb6b-1139-4be9-b431-3a80a959f2f4',
    name: 'Agile project management',
    category: 'Software development',
    altLabels: ['Scrum', 'Kanban', 'Agile management software'],
    description:
      'The agile project management approach is a methodology for planning, managing and overseeing of ICT resources in order to meet specific goals and using project management ICT tools.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/94dd823c-148e-4614-a6e8-99249b16357d',
    name: 'ICT project management',
    category: 'Software development',
    altLabels: [],
    description:
      'The methodologies for the planning, implementation, review and follow-up of ICT projects, such as the development, integration, modification and sales of ICT products and services, as well as projects relating technological innovation in the field of ICT.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/7193cb6d-8334-494f-86e5-21e6d03a47c3',
    name: 'unified modelling language',
    category: 'Software development',
    altLabels: ['UML', 'standard modelling language'],
    description:
      'The general-purpose modelling language used in software development to offer a standard visualisation of system designs.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/8ff015a0-98ea-4d80-a23e-1f68110a919e',
    name: 'software design methodologies',
    category: 'Software development',
    altLabels: [],
    description: 'The methodologies such as Scrum, V-model and Waterfall to design software systems and applications.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/925463a7-d51f-4d5b-9f79-4d28cf30acde',
    name: 'integrated development environment software',
    category: 'Software development',
    altLabels: ['IDE', 'NetBeans', 'Code::Blocks', 'CodeLite'],
    description:
      'The suite of software development tools for writing programs, such as compiler, debugger, code editor, code highlights, packaged in a unified user interface, such as Visual Studio or Eclipse.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ce26e71f-2d47-474e-89b6-7920931ac4fc',
    name: 'iOS',
    category: 'Software development',
    altLabels: ['IOS (operating system)', 'iPhone OS', 'IPadOS', 'IPhoneOS'],
    description:
      'The system software iOS consists of features, restrictions, architectures and other characteristics of operating systems designed to run on mobile devices.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d8829a1d-dbde-435b-b921-29d6462f35c9',
    name: 'Android (mobile operating systems)',
    category: 'Software development',
    altLabels: ['Android'],
    description:
      'The system software Android consists of features, restrictions, architectures and other characteristics of operating systems designed to run on mobile devices.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/54924a2c-daca-40d3-9716-4b38ceb04f38',
    name: 'algorithms',
    category: 'Software development',
    altLabels: ['algorithm', 'algorithmic'],
    description:
      'The self-contained step-by-step sets of operations that carry out calculations, data processing and automated reasoning, usually to solve problems.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/b0096dc5-2e2d-4bc1-8172-05bf486c3968',
    name: 'design application interfaces',
    category: 'Software development',
    altLabels: ['design API'],
    description:
      'Create and program application interfaces, their operations, inputs and outputs and underlying types.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d1a86399-24d8-415f-98b9-e8cbb6b04a26',
    name: 'Unity (digital game creation systems)',
    category: 'Software development',
    altLabels: ['Unity', 'Unity 4', 'Unity 5', 'Unity3D'],
    description:
      'The game engine Unity which is a software framework that consists of integrated development environments and specialised design tools, designed for the rapid iteration of user-derived computer games.',
  },
  // Web development
  {
    escoUri: 'http://data.europa.eu/esco/skill/3cd569a2-4f88-4c1e-9995-8dce8c5e51a7',
    name: 'JavaScript',
    category: 'Web development',
    altLabels: ['JS', 'ECMAScript', 'Node.js', 'Client-side JavaScript', 'Server-side JavaScript', 'CSJS'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in JavaScript.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/4350c38d-0fe9-4ca7-bab9-40ed7f72b04f',
    name: 'PHP',
    category: 'Web development',
    altLabels: ['Hypertext Preprocessor', 'Personal Home Page'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in PHP.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/56a7f561-1d55-43c9-9cd7-36a0a9bc6c50',
    name: 'ASP.NET',
    category: 'Web development',
    altLabels: ['ASP.NET framework'],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in ASP.NET.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/b4dc6e4f-dc7d-445f-8ce2-d7b9d225e282',
    name: 'AJAX',
    category: 'Web development',
    altLabels: [],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in AJAX.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/9b9de2a4-d8af-4a7b-933a-a8334ae60067',
    name: 'JavaScript Framework',
    category: 'Web development',
    altLabels: ['JS framework', 'React', 'Vue.js', 'jQuery'],
    description:
      'The JavaScript software development environments which provide specific features and components ( such as HTML generation tools, Canvas support or Visual design) that support and guide JavaScript web applications development.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/1ffac4ac-fda7-407d-8ed1-ca8f4a8dc146',
    name: 'Angular',
    category: 'Web development',
    altLabels: [],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in Angular.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/e5d1f825-60ed-4bdd-872a-e748c387f777',
    name: 'CSS',
    category: 'Web development',
    altLabels: ['Cascading Style Sheets'],
    description:
      'The computer language CSS is a style sheet language that conveys the presentation of structured documents. These documents have to adhere to style sheets, a set of stylistic rules such as font, color and layout.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/1110c92f-3059-445a-9436-0f4200d365f5',
    name: 'Sass',
    category: 'Web development',
    altLabels: ['Syntactically Awesome Stylesheets'],
    description:
      'The computer language Sass is a style sheet language that conveys the presentation of structured documents. These documents have to adhere to style sheets, a set of stylistic rules such as font, color and layout.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/26fa7a33-a426-4cd5-9792-33bf668612e1',
    name: 'LESS',
    category: 'Web development',
    altLabels: [],
    description:
      'The computer language LESS is a style sheet language that conveys the presentation of structured documents. These documents have to adhere to style sheets, a set of stylistic rules such as font, color and layout.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/0af062de-eb43-41e9-9b96-249e2cd22d26',
    name: 'use markup languages',
    category: 'Web development',
    altLabels: ['HTML', 'HTML5', 'use XHTML', 'use mark-up languages', 'use HTML'],
    description:
      'Utilise computer languages that are syntactically distinguishable from the text, to add annotations to a document, specify layout and process types of documents such as HTML.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/69bbd53f-fbb0-4476-b4b2-ef7844464e28',
    name: 'web programming',
    category: 'Web development',
    altLabels: ['markup programming'],
    description:
      'The programming paradigm that is based on combining markup (which adds context and structure to text) and other web programming code, such as AJAX, javascript and PHP, in order to carry out appropriate actions and visualise the content.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/c4b1f326-224a-420a-b8b3-814a8f13b6cb',
    name: 'implement front-end website design',
    category: 'Web development',
    altLabels: [],
    description: 'Develop website layout and enhance user experience based on provided design concepts.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6ad40ca3-dc34-4442-b23f-0b1b28936f56',
    name: 'maintain responsive design',
    category: 'Web development',
    altLabels: [],
    description:
      'Ensure that the website runs on the latest technology and is multi-platform compatible and mobile-friendly.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/8696aff0-18c0-4ba6-a4d0-9a21861b3e5e',
    name: 'World Wide Web Consortium standards',
    category: 'Web development',
    altLabels: ['W3C standards'],
    description:
      'The standards, technical specifications and guidelines developed by the international organisation World Wide Web Consortium (W3C) which allow the design and development of web applications.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/f84a433f-34f1-4083-b0a3-24802623509c',
    name: 'web services',
    category: 'Web development',
    altLabels: ['web services systems'],
    description:
      'XML-based information systems that allows for direct interactions between applications through Internet. It is a set of protocols for transferring data between applications and systems.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6d289e8b-2cc1-4eda-ab1f-ad1090ef98f0',
    name: 'WordPress',
    category: 'Web development',
    altLabels: [],
    description:
      'The open-source web-based software systems used for creating, editing, publishing and archiving blogs, articles, web pages or press releases which are mostly managed by users with limited web programming knowledge.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/1de3942b-99d8-41e8-9ef0-fbc9e9f6307b',
    name: 'Drupal',
    category: 'Web development',
    altLabels: [],
    description:
      'The open-source web-based software system written in PHP, used for creating, editing, publishing and archiving blogs, articles, web pages or press releases, which requires a higher level of technical understanding of HTML, CSS and PHP.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/56a10e3e-c9e7-4d39-b6f1-6013398fcb3a',
    name: 'use content management system software',
    category: 'Web development',
    altLabels: ['operate content management system software'],
    description:
      'Use software that allows publishing, editing and modifying content as well as maintenance from a central interface.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d04ee340-5378-4601-8181-19da6d5cbfe0',
    name: 'manage website',
    category: 'Web development',
    altLabels: ['maintain website', 'manage websites'],
    description:
      "Provide different services related to website management such as monitoring online traffic, managing content, providing website support and making estimations and improvements to one's website.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/b1272de4-1f5f-408b-8b26-061f2550fc72',
    name: 'e-commerce systems',
    category: 'Web development',
    altLabels: ['e-commerce system'],
    description:
      'Basic digital architecture and commercial transactions for trading products or services conducted via Internet, e-mail, mobile devices, social media, etc.',
  },
  // DevOps and cloud
  {
    escoUri: 'http://data.europa.eu/esco/skill/f0de4973-0a70-4644-8fd4-3a97080476f4',
    name: 'DevOps',
    category: 'DevOps and cloud',
    altLabels: ['CI/CD', 'continuous integration', 'continuous delivery'],
    description:
      'The DevOps development approach is a methodology to design software systems and applications focused on the collaboration and between software programmers and other ICT professionals and automation.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/bd14968e-e409-45af-b362-3495ed7b10e0',
    name: 'cloud technologies',
    category: 'DevOps and cloud',
    altLabels: ['AWS', 'Microsoft Azure', 'Google Cloud', 'cloud computing', 'edge computing'],
    description:
      'The technologies which enable access to hardware, software, data and services through remote servers and software networks irrespective of their location and architecture.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/11430d93-c835-48ed-8e70-285fa69c9ae6',
    name: 'design cloud architecture',
    category: 'DevOps and cloud',
    altLabels: ['design multi-tier cloud architecture', 'create cloud architecture', 'engineer cloud architecture'],
    description:
      'Design a multi-tier cloud architecture solution, which tolerates faults and is fit for the workload and other business needs. Identify elastic and scalable computing solutions, select high-performing and scalable storage solutions, and choose high-performing database solutions. Identify cost-effective storage, computing, and database services in the cloud.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6195c5f7-a4fb-425d-a3dd-c4467c4471a3',
    name: 'deploy cloud resource',
    category: 'DevOps and cloud',
    altLabels: ['provision cloud resources', 'deployment and provisioning', 'cloud deployment'],
    description:
      'Identify and execute steps required to provision cloud resources, such as networks, servers, storage, applications, GPUs, and services. Define the cloud global infrastructure and remediate deployment issues.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ce8ae6ca-61d8-4174-b457-641de96cbff4',
    name: 'automate cloud tasks',
    category: 'DevOps and cloud',
    altLabels: ['optimise cloud workflows', 'evaluate cloud automation alternatives', 'automation of cloud tasks'],
    description:
      'Automate manual or repeatable processes to minimize management overhead. Evaluate cloud automation alternatives for network deployments and tool-based alternatives for network operations and management.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/0a52bed5-fd29-45fb-aba6-e32bccfda1c1',
    name: 'plan migration to cloud',
    category: 'DevOps and cloud',
    altLabels: ['prepare plan for migration to cloud', 'plan refactoring', 'cloud migration planning'],
    description:
      'Select existing workloads and processes for potential migration to the cloud and choose migration tools. Determine a new cloud architecture for an existing solution, plan a strategy for migrating existing workloads to the cloud.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6b643893-0a1f-4f6c-83a1-e7eef75849b9',
    name: 'develop with cloud services',
    category: 'DevOps and cloud',
    altLabels: ['write code with cloud services', 'code with cloud services', 'develop cloud applications'],
    description:
      'Write code that interacts with cloud services by using APIs, SDKs, and cloud CLI. Write code for serverless applications, translate functional requirements into application design, implement application design into application code.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/8efa6a7a-6556-4cb8-908d-59d3b5c58d2f',
    name: 'cloud monitoring and reporting',
    category: 'DevOps and cloud',
    altLabels: ['cloud monitoring', 'cloud computing monitoring and reporting', 'cloud reporting'],
    description:
      'The metrics and alarms utilizing cloud monitoring services, in particular performance and availability metrics.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d3286405-49f8-4e8a-8046-a4376b4e7963',
    name: 'manage cloud data and storage',
    category: 'DevOps and cloud',
    altLabels: [
      'manage cloud data retention',
      'create cloud data retention',
      'implement cloud data protection',
      'manage cloud data encryption',
      'cloud storage and data management',
    ],
    description:
      'Create and manage cloud data retention. Identify and implement data protection, encryption, and capacity planning needs.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/440d5784-52a5-4729-8b04-29f978bd896d',
    name: 'respond to incidents in cloud',
    category: 'DevOps and cloud',
    altLabels: [
      'troubleshoot cloud incidents',
      'manage cloud incidents',
      'troubleshoot cloud issues',
      'troubleshoot issues in cloud systems',
      'automate disaster recovery strategies in cloud',
    ],
    description:
      'Troubleshoot issues with the cloud and determine how to restore operations. Design and automate disaster recovery strategies and evaluate a deployment for points of failure.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/9d2e926f-53d9-41f5-98f3-19dfaa687f3f',
    name: 'tools for software configuration management',
    category: 'DevOps and cloud',
    altLabels: [
      'version control',
      'git',
      'source control',
      'revision control',
      'tools for software version control',
      'CFEngine',
      'Rundeck',
    ],
    description:
      'The software programs to perform configuration identification, control, status accounting and audit, such as CVS, ClearCase, Subversion, GIT and TortoiseSVN perform this management.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6f8a40d6-f9ce-43ec-a72f-d4213a53f3ed',
    name: 'Ansible',
    category: 'DevOps and cloud',
    altLabels: [],
    description:
      'The tool Ansible is a software program to perform configuration identification, control, status accounting and audit.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6417a4cc-6f61-4459-a114-761a7fa0279d',
    name: 'Puppet (tools for software configuration management)',
    category: 'DevOps and cloud',
    altLabels: ['Puppet'],
    description:
      'The tool Puppet is a software program to perform configuration identification, control, status accounting and audit.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/49f85a99-086c-45b6-a6fa-eb90305af7b1',
    name: 'Chef (tools for software configuration management)',
    category: 'DevOps and cloud',
    altLabels: ['Chef'],
    description:
      'The tool Chef is a software program which performs infrastructure configuration identification, control and automation aiming to ease the applications deployment.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/f47a1998-0beb-43be-9f46-380aa4d183da',
    name: 'Jenkins (tools for software configuration management)',
    category: 'DevOps and cloud',
    altLabels: ['Jenkins Continuous Integration server', 'Jenkins CI', 'Jenkins'],
    description:
      'The tool Jenkins is a software program to perform configuration identification, control, status accounting and audit of software during its development and maintenance.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/0d168770-4d9c-4096-b048-a6577818d306',
    name: 'Apache Maven',
    category: 'DevOps and cloud',
    altLabels: ['Maven'],
    description:
      'The tool Apache Maven is a software program to perform configuration identification, control, status accounting and audit of software during its development and maintenance.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ae4f0cc6-e0b9-47f5-bdca-2fc2e6316dce',
    name: 'manage ICT virtualisation environments',
    category: 'DevOps and cloud',
    altLabels: [
      'Docker',
      'Kubernetes',
      'K8s',
      'manage containerization',
      'manage virtualisation of servers and workstations',
      'manage ICT virtualization machines',
    ],
    description:
      'Oversee tools, such as VMware, kvm, Xen, Docker, Kubernetes, and others, used to enable a virtual environments for different purposes such as hardware virtualization, desktop virtualisation, and operating system level virtualisation.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/1d86f05e-e9cc-40ce-99d8-2b21cc71b16b',
    name: 'solution deployment',
    category: 'DevOps and cloud',
    altLabels: [],
    description:
      'The technologies and standards to be used during the installation, deployment and maintenance of software characteristics.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/978db6a1-7297-4c89-819a-47605f2c3ba8',
    name: 'manage software releases',
    category: 'DevOps and cloud',
    altLabels: [],
    description: 'Examine and approve suggested software development releases. Manage further release process.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/4ed46658-cc30-4d37-9301-47dd354c92a2',
    name: 'design failover solutions',
    category: 'DevOps and cloud',
    altLabels: [],
    description:
      'Create and manage a system of backup or standby solution which is automatically triggered and becomes active in case the main system or application fails.',
  },
  // Linux and networking
  {
    escoUri: 'http://data.europa.eu/esco/skill/f9a6f35b-01a7-40c9-8b61-b6ee46f97272',
    name: 'operating systems',
    category: 'Linux and networking',
    altLabels: ['Linux', 'Unix', 'Windows', 'macOS'],
    description:
      'The features, restrictions, architectures and other characteristics of operating systems such Linux, Windows, MacOS, etc.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/c330db31-7fa9-4a8c-8ad6-baa957bcfed1',
    name: 'install operating system',
    category: 'Linux and networking',
    altLabels: ['install OS', 'load operating system'],
    description:
      'Install the operating system (OS) or software that manages the software resources and computer hardware on a computer system. The operating system is an essential component of any computer system and mediates between the hardware, the application programs, and the end user. Famous examples of computer operating systems include Microsoft Windows, Linux, and Mac OS.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/0868eef3-2213-4572-9343-74931345a7d3',
    name: 'administer ICT system',
    category: 'Linux and networking',
    altLabels: [
      'system administration',
      'sysadmin',
      'operate system',
      'administer network and system',
      'administer system',
    ],
    description:
      'Handle components of ICT system by maintaining configuration, managing users, monitoring resource use, performing backups and installing hardware or software to comply with the set requirements.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/f5ac9226-0ace-4d34-a1c3-7b3845834a98',
    name: 'maintain ICT server',
    category: 'Linux and networking',
    altLabels: [],
    description:
      'Diagnose and eliminate hardware faults via repair or replacement. Take preventive measures, review performance, update software, review accessibility.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/b3c8eada-b0a8-4b61-968b-b354fbfb6874',
    name: 'configure ICT system',
    category: 'Linux and networking',
    altLabels: [],
    description:
      'Set up and customise an ICT system to meet requirements during initial implementation as well as when new business needs arise.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/02058de6-4b98-449f-8a45-8588b0eb2446',
    name: 'network engineering',
    category: 'Linux and networking',
    altLabels: ['networking', 'network architecture'],
    description:
      'The subfield of computer technology that concerns the managing the connectivity of networks through data, voice, calls and wireless network services.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/0da6cab1-0ee9-4391-a299-f71fbf21db56',
    name: 'ICT network routing',
    category: 'Linux and networking',
    altLabels: ['routing'],
    description:
      'The processes and techniques for choosing the best paths within an ICT network through which a packet can travel.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/071233c4-ad2b-4f50-b79f-768d2231163e',
    name: 'domain name service',
    category: 'Linux and networking',
    altLabels: ['DNS server', 'DNS'],
    description:
      'Naming database which maps internet domain names to Internet Protocol (IP) addresses. The Domain Name System allows internet users to utilise names such as website titles instead of remembering numeric IP addresses used by computers to locate a concrete website',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d78dedfc-21d2-45fd-ba05-e56b7a8865e6',
    name: 'network standards',
    category: 'Linux and networking',
    altLabels: ['network protocols', 'network guidelines', 'network codes'],
    description:
      'Regulated standards that provide the technical guidelines, specifications, and requirements to ensure safe and efficient interoperability between devices, software, equipment, and organisations. Networking standards govern the software and hardware which uses them.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6e4f75b4-c60f-4623-a9ba-760c8245753b',
    name: 'ICT communications protocols',
    category: 'Linux and networking',
    altLabels: ['TCP/IP', 'IT communications protocols'],
    description:
      'The system of rules which allow the exchange of information between computers or other devices via computer networks.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/f9e788df-d68a-4f92-92c7-80e135fc35ff',
    name: 'ICT networking hardware',
    category: 'Linux and networking',
    altLabels: ['computer networking devices', 'ICT networking devices'],
    description:
      'The ICT network equipment or computer networking devices, such as UPS systems, electrical systems, networking facilities and structured cabling systems.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/2164e860-7f20-48bc-b98c-5d9f8a561550',
    name: 'design computer network',
    category: 'Linux and networking',
    altLabels: [],
    description:
      'Develop and plan ICT networks, such as wide area network and local area network, that connect computers using cable or wireless connections and allow them to exchange data and assess their capacity requirements.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/545c80e8-7ab2-42fe-af64-242211e94709',
    name: 'analyse network configuration and performance',
    category: 'Linux and networking',
    altLabels: ['assess network setup and performance', 'analyse performance characteristics of ICT networks'],
    description:
      'Analyse essential network data (e.g., router configuration files, routing protocols), network traffic capacity and performance characteristics of ICT networks, such as wide area network and local area network, that connect computers using cable or wireless connections and allow them to exchange data.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/bf7ea00f-db77-4a95-9b9f-2d12b6d9fcb4',
    name: 'implement ICT network diagnostic tools',
    category: 'Linux and networking',
    altLabels: [],
    description:
      'Use software tools or components that monitor ICT network parameters, such as performance and throughput, provide data and statistics, diagnose errors, failures or bottlenecks and support decision making.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/b9aad733-959a-4178-984f-53e4bd05b420',
    name: 'maintain internet protocol configuration',
    category: 'Linux and networking',
    altLabels: ['maintain IP configuration', 'apply Internet Protocol Configuration'],
    description:
      'Apply Internet Protocol Configuration (ipconfig) to gather data on Transmission Control Protocol/Internet Protocol (TCP/IP) configuration values in order to identify devices and their IP addresses.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/709ef32a-7435-48e2-8fa2-16e389ecab8a',
    name: 'Cisco',
    category: 'Linux and networking',
    altLabels: ['Network Magic', 'Cisco Systems'],
    description:
      'The products available from the network equipment provider Cisco and methods for selecting and procuring the equipment.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/553e1d2d-abf1-4b37-8ac4-c5c78a8edbc0',
    name: 'proxy servers',
    category: 'Linux and networking',
    altLabels: ['Nginx web server'],
    description:
      'The proxy tools which act as an intermediary for requests from users searching for resources e.g. files and web pages from other servers such as Burp, WebScarab, Charles or Fiddler.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/a57a54b6-2f2e-43e4-9621-b52f4a63cb08',
    name: 'LDAP',
    category: 'Linux and networking',
    altLabels: ['Lightweight Directory Access Protocol'],
    description:
      'The computer language LDAP is a query language for retrieval of information from a database and of documents containing the needed information.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d1e954cd-d290-4d80-97c0-7969960d2928',
    name: 'distributed directory information services',
    category: 'Linux and networking',
    altLabels: ['active directory', 'directory service', 'install directory services'],
    description:
      "The directory services that automate the network management of security, user data and distributed resources and enable access to information in a computer system's directory.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d0c6d77e-cb25-4770-bf77-2073fc5f7523',
    name: 'ICT infrastructure',
    category: 'Linux and networking',
    altLabels: [],
    description:
      'The system, network, hardware and software applications and components, as well as devices and processes that are used in order to develop, test, deliver, monitor, control or support ICT services.',
  },
  // Cyber security
  {
    escoUri: 'http://data.europa.eu/esco/skill/8088750d-8388-4170-a76f-48354c469c44',
    name: 'cyber security',
    category: 'Cyber security',
    altLabels: [
      'IT security',
      'information security',
      'ICT security',
      'digital security',
      'cybersecurity',
      'information and communications technology security',
    ],
    description:
      'The methods and best practices that protect ICT systems, networks, computers, devices, services, processes and people against unauthorised access, modification and/or denial of service of assets.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/5898d99a-62a4-4e10-a2e3-0d815ce44248',
    name: 'cyber attack counter-measures',
    category: 'Cyber security',
    altLabels: [
      'cybersecurity measures',
      'network communications security measures',
      'cyber/digital/IT/ICT/information security controls',
      'cyber defence mechanisms',
    ],
    description:
      'Methods, technologies and techniques used to defend (detect, monitor and recover) against cyber attacks. These cyber attacks include several attack vectors such as malware, denial of service (DoS) attacks and phishing. \n\nIntrusion prevention systems (IPS), firewall, antivirus, intrusion detection systems (IDS), cybersecurity training, backup, Information Security Management System (ISM), multi-factor authentication and employ awareness, are some examples of the methods used.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/0ffdb6ac-03b5-4f1c-bfcc-3d9cb874fdf9',
    name: 'ethical hacking principles',
    category: 'Cyber security',
    altLabels: ['ethical hacking'],
    description:
      'The set of actions that are carried out to detect vulnerabilities within a computerised system in order to improve security within an organisation. They aim to identify and address data breaches and threats in a network.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/501537a7-9d63-491d-ae02-09f04767ff1e',
    name: 'attack vectors',
    category: 'Cyber security',
    altLabels: ['information security threats', 'cybersecurity threats', 'ICT security threats'],
    description:
      'Paths or methods that threat actors use to exploit vulnerabilities in information networks or systems from a concrete organisation and impact its availability, integrity and confidentiality. Attack vectors may include social engineering tactics such as phishing mails or pretexting, technical exploits as SQL injection as well as buffer overflow attacks.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/3ff589b7-68df-4ea5-ae41-b395bdb2378f',
    name: 'ICT security standards',
    category: 'Cyber security',
    altLabels: [
      'ISO 27001',
      'IT security standards',
      'cyber security standards',
      'ICT security frameworks',
      'cyber security frameworks',
    ],
    description:
      'Best practices and guidelines established for securing information and communication technology (ICT) systems and data. Standards as is the case of ISO 27000 series, provide a framework for implementing effective security controls, including access control, risk assessment and incident management, as well as to provide compliance of anorganisation.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/11eebd42-44ab-401d-8a2c-bdb9fc9beb50',
    name: 'information security strategy',
    category: 'Cyber security',
    altLabels: [],
    description:
      'The plan defined by a company which sets the information security objectives and measures to mitigate risks, define control objectives, establish metrics and benchmarks while complying with legal, internal and contractual requirements.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/902fb91c-3113-4004-9b4f-79aa86b638b7',
    name: 'web application security threats',
    category: 'Cyber security',
    altLabels: ['open web application security project', 'OWASP'],
    description:
      'The attacks, vectors, emergent threats on websites, web applications and web services, the rankings of their severity identified by dedicated communities such as OWASP.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d32db06e-bd06-4415-a7ab-1b0ee68caa9a',
    name: 'ICT encryption',
    category: 'Cyber security',
    altLabels: [
      'symmetric-key algorithm',
      'asymmetric cryptography',
      'public-key cryptography',
      'SSL',
      'secure sockets layer',
      'transport layer security',
      'TLS',
    ],
    description:
      'The conversion of electronic data into a format which is readable only by authorized parties which use key encryption techniques, such as Public Key Infrastructure (PKI) and Secure Socket Layer (SSL).',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/e5b5053e-0ef6-4c4e-a3f2-42f955f4322c',
    name: 'implement a firewall',
    category: 'Cyber security',
    altLabels: ['firewall', 'implement network firewall', 'install a firewall'],
    description:
      'Download, install and update a network security system designed to prevent unauthorized access to a private network.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/054f26ab-cfdc-4077-883c-1c4c9e9b310a',
    name: 'define firewall rules',
    category: 'Cyber security',
    altLabels: [],
    description:
      'Specify rules to govern a set of components aiming to limit access between groups of networks or a particular network and the internet.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/acf0a78c-f4e3-4bd9-a5cc-9cf4791b3b95',
    name: 'implement a virtual private network',
    category: 'Cyber security',
    altLabels: ['VPN', 'implement a VPN', 'install a VPN'],
    description:
      'Create an encrypted connection between private networks, such as different local networks of a company, over the internet to ensure that only authorized users can access it and that the data cannot be intercepted.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/2a3a96a3-709e-4d60-81f6-d247d6933f13',
    name: 'manage system security',
    category: 'Cyber security',
    altLabels: ['manage information security'],
    description:
      'Analyse the critical assets of a company and identify weaknesses and vulnerabilities that lead to intrusion or attack. Apply security detection techniques. Understand cyber attack techniques and implement effective countermeasures.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/14d1e367-3efe-4ec5-86ae-eca48710ee4e',
    name: 'implement ICT security policies',
    category: 'Cyber security',
    altLabels: ['implement ICT safety policies', 'apply on-line security guidelines'],
    description:
      'Implement statements, assertions or rules that specify the appropriate use and protection of the ICT assets and systems from an organisation. These ICT security policies cover topics such as data classification, password management, access control and incident response.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/f4a85869-1855-45d5-a43c-7ee8cd451996',
    name: 'perform ICT security testing',
    category: 'Cyber security',
    altLabels: ['prepare and apply security test plans'],
    description:
      'Execute types of security testing, such as network penetration testing, wireless testing, code reviews, wireless and/or firewall assessments in accordance with industry-accepted methods and protocols to identify and analyse potential vulnerabilities.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/fe1c2b32-7fe9-4668-affa-07ff658a68cf',
    name: 'identify ICT security risks',
    category: 'Cyber security',
    altLabels: ['model ICT threats', 'identify ICT security risks and threats'],
    description:
      'Apply methods and techniques to identify potential security threats, security breaches and risk factors using ICT tools for surveying ICT systems, analysing risks, vulnerabilities and threats and evaluating contingency plans.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/8181aa4c-42bc-4036-a3d2-5cb6bbb34239',
    name: 'handle cybersecurity incidents',
    category: 'Cyber security',
    altLabels: [
      'monitor security logs',
      'analyse cybersecurity incidents',
      'respond to cyber incidents',
      'monitor the security of digital systems',
    ],
    description:
      "Detect, identify, analyze, and respond, to cybersecurity incidents in an organization's systems or network. It involves incident response plans such as intrusion detection systems, log analysis, and documenting detailed information about potential incidents.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/78845d0c-e56f-4318-a9c6-bf75931dd520',
    name: 'conduct threat intelligence',
    category: 'Cyber security',
    altLabels: ['conduct CTI', 'conduct cyber threat intelligence'],
    description:
      'Conduct cyber threats intelligence by collecting, analysing, and interpreting data about potential cyber threats. Leverage various sources of information such as open-source intelligence (OSINT), social media, or dark web services.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/4918ec9a-0204-4935-8b09-b0112370daa8',
    name: 'establish an Information Security Management System',
    category: 'Cyber security',
    altLabels: ['ISMS', 'implement an ISMS', 'apply an ISMS', 'define an ISMS'],
    description:
      'Design, apply, monitor and review an Information Security Management System (ISMS) that preserves the confidentiality, integrity and availability of information by applying a risk management process, and gives confidence to interested parties regarding the adequate management of such cybersecurity-related risks.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/118a9b27-1c5a-4214-b685-1a4d9e6365ea',
    name: 'computer forensics',
    category: 'Cyber security',
    altLabels: ['digital forensics'],
    description:
      'The process of examining and recovering digital data from sources for legal evidence and crime investigation.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/de586dcf-d7e5-4340-bf5b-d59026f1b436',
    name: 'penetration testing tool',
    category: 'Cyber security',
    altLabels: ['penetration testing software', 'metasploit', 'Burpsuite', 'NMAP', 'webinspect'],
    description:
      'The specialised ICT tools which test security weaknesses of the system for potentially unauthorised access to system information such as Metasploit, Burp suite and Webinspect.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/625b57ee-29d4-425b-bf99-9fd54dd021fe',
    name: 'Kali Linux',
    category: 'Cyber security',
    altLabels: [],
    description:
      'The Kali Linux tool is a penetration testing tool which tests security weaknesses of the systems for potentially unauthorised access to system information by information gathering, vulnerability analysis and wireless and passwords attacks.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/50597e96-9b6a-4736-ac79-dd80f36c0269',
    name: 'Metasploit',
    category: 'Cyber security',
    altLabels: [],
    description:
      "The framework Metasploit is a penetration testing tool which tests security weaknesses of the system for potentially unauthorised access to system information. The tool is based on the concept of 'exploit' which implies executing code on the target machine this way taking advantage of the bugs and vulnerabilities of the target machine.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/8fa510d0-a8a6-4932-a361-00f8442cfe23',
    name: 'Wireshark',
    category: 'Cyber security',
    altLabels: [],
    description:
      'The Wireshark tool is a penetration testing tool which evaluates security weaknesses, analysing network protocols through deep protocol inspection, live capture, display filters, offline analysis, VoIP analysis, protocol decryption.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/08a3dcea-12de-447b-a3a5-aa657abc5e97',
    name: 'execute social engineering tests',
    category: 'Cyber security',
    altLabels: [
      'test social engineering attacks',
      'execute social engineering attacks',
      'perform social engineering attacks',
    ],
    description:
      "Perform simulated social engineering attacks to identify vulnerabilities in an organization's security posture. Social engineering tests may involve phishing emails, pretexting, or other forms of manipulation used by attackers to obtain sensitive information or unauthorized access to systems.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d3e9b00a-0891-4fa8-836d-8240ec3d2758',
    name: 'GDPR',
    category: 'Cyber security',
    altLabels: ['General Data Protection Regulation', 'EU data protection'],
    description:
      'The General Data Protection Regulation is the EU regulation on the protection of natural persons with regard to the processing of personal data and on the free movement of such data.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/a4346013-a967-4a58-a533-6b32ad1364c5',
    name: 'data protection',
    category: 'Cyber security',
    altLabels: ['data privacy', 'information privacy', 'principles of data protection'],
    description: 'The principles, ethical issues, regulations and protocols of data protection.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/69cfc5ed-6569-4aca-a4cc-fd782ba51d9c',
    name: 'implement ICT risk management',
    category: 'Cyber security',
    altLabels: [],
    description:
      "Develop and implement procedures for identifying, assessing, treating and mitigating ICT risks, such as hacks or data leaks, according to the company's risk strategy, procedures and policies. Analyse and manage security risks and incidents. Recommend measures to improve digital security strategy.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/1c2978b8-bb0d-4249-9c23-877571a4dffa',
    name: 'cloud security and compliance',
    category: 'Cyber security',
    altLabels: ['cloud compliance', 'cloud security', 'cloud safety and compliance', 'cloud safety'],
    description:
      'Cloud security and compliance concepts, including shared responsibility model, cloud access management capabilities, and resources for security support.',
  },
  // Data and AI
  {
    escoUri: 'http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742',
    name: 'SQL',
    category: 'Data and AI',
    altLabels: ['Structured Query Language', 'Informix 4GL/SQL', 'SEQUEL', 'Subquery'],
    description:
      'The computer language SQL is a query language for retrieval of information from a database and of documents containing the needed information. It is developed by the American National Standards Institute and the International Organization for Standardization.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/43ae58b9-5e56-4524-b45a-b422777a0576',
    name: 'database',
    category: 'Data and AI',
    altLabels: ['non-relational database', 'relational database', 'types of databases'],
    description:
      'The classification of databases, that includes their purpose, characteristics, terminology, models and use such as XML databases, document-oriented databases and full text databases.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ab1e97ed-2319-4293-a8b7-072d2648822f',
    name: 'database management systems',
    category: 'Data and AI',
    altLabels: ['DBMS', 'database systems', 'DB engines'],
    description:
      'The tools for creating, updating and managing databases, such as Oracle, MySQL and Microsoft SQL Server.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/4da171e5-779c-4983-a76f-91c16751e99f',
    name: 'MySQL',
    category: 'Data and AI',
    altLabels: ['MySQL Enterprise Edition', 'MySQL Cluster CGE'],
    description:
      'The computer program MySQL is a tool for creating, updating and managing databases, currently developed by the software company Oracle.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/a8d07b5a-c1a1-42c6-9d53-db9c7a2ca996',
    name: 'PostgreSQL',
    category: 'Data and AI',
    altLabels: ['Postgres'],
    description:
      'The computer program PostgreSQL is a free and open-source software tool for creating, updating and managing databases, developed by the PostgreSQL Global Development Group.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/c062bab3-3ea0-4291-9220-a2d8fef4bead',
    name: 'SQL Server',
    category: 'Data and AI',
    altLabels: ['MS SQL Server'],
    description:
      'The computer program SQL Server is a tool for creating, updating and managing databases, developed by the software company Microsoft.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/76ef6ed3-1658-4a1a-9593-204d799c6d0c',
    name: 'NoSQL',
    category: 'Data and AI',
    altLabels: [],
    description:
      'The Not Only SQL non-relational database used for creating, updating and managing large amounts of unstructured data stored in the cloud.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/de9f85ba-e77f-48fd-8c66-f5ebaf32d655',
    name: 'Oracle Relational Database',
    category: 'Data and AI',
    altLabels: ['Oracle Rdb', 'Rdb'],
    description:
      'The computer program Oracle Rdb is a tool for creating, updating and managing databases, developed by the software company Oracle.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/fecf8a0d-62c4-4e71-9b03-0f4fc2ad7bf5',
    name: 'data models',
    category: 'Data and AI',
    altLabels: [],
    description:
      'The techniques and existing systems used for structuring data elements and showing relationships between them, as well as methods for interpreting the data structures and relationships.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6c08403c-a5bb-4868-b8c2-b7d039c0e511',
    name: 'design database scheme',
    category: 'Data and AI',
    altLabels: [],
    description:
      'Draft a database scheme by following the Relational Database Management System (RDBMS) rules in order to create a logically arranged group of objects such as tables, columns and processes.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/3ec2e4d6-7000-4905-bf1a-c5b1679416de',
    name: 'data warehouse',
    category: 'Data and AI',
    altLabels: [],
    description: 'The data storage system that analyses and reports on data such as a data mart.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/9d0d89be-bffa-4393-b6f6-8d05bea49051',
    name: 'data extraction, transformation and loading tools',
    category: 'Data and AI',
    altLabels: ['ETL', 'Talend Studio for Data Integration', 'CloverETL', 'Cognos Data Manager'],
    description:
      'The tools for integration of information from multiple applications, created and maintained by organisations, into one consistent and transparent data structure.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/25f0ea33-b4a2-4f31-b7b4-7d20e827b180',
    name: 'data mining',
    category: 'Data and AI',
    altLabels: [],
    description:
      'The methods of artificial intelligence, machine learning, statistics and databases used to extract content from a dataset.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/97bd1c21-66b2-4b7e-ad0f-e3cda590e378',
    name: 'data analytics',
    category: 'Data and AI',
    altLabels: ['data analysis'],
    description:
      'The science of analysing and making decisions based on raw data collected from various sources. Includes knowledge of techniques using algorithms that derive insights or trends from that data to support decision-making processes.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f',
    name: 'perform data analysis',
    category: 'Data and AI',
    altLabels: ['analyse data performance'],
    description:
      'Collect data and statistics to test and evaluate in order to generate assertions and pattern predictions, with the aim of discovering useful information in a decision-making process.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/47a49cd6-097d-457a-9f7b-c290c14930d5',
    name: 'analyse big data',
    category: 'Data and AI',
    altLabels: ['big data', 'big data analysis', 'analyze big data'],
    description:
      'Collect and evaluate numerical data in large quantities, especially for the purpose of identifying patterns between the data.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/edebd83d-35f6-4ed5-a940-6c203d178c01',
    name: 'data science',
    category: 'Data and AI',
    altLabels: ['data science process'],
    description:
      'The field of study that deals with big amount of data using AI techniques such as machine learning algorithms to predict patterns and obtain useful information to make business decisions',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/48db96bf-3314-45c6-bad8-fdb6e20e5639',
    name: 'data engineering',
    category: 'Data and AI',
    altLabels: ['data engineering methods'],
    description:
      'The process of developing and constructing systems for implementing data collection and analysis at large scale.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43',
    name: 'machine learning',
    category: 'Data and AI',
    altLabels: [
      'unsupervised learning',
      'supervised learning',
      'ML',
      'semi-supervised learning',
      'machine learning models',
    ],
    description:
      'The principles, methods and algorithms of machine learning, a subfield of artificial intelligence. Common machine learning models such as supervised or unsupervised models, semi- supervised models and reinforcement learning models.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/8369c2d6-c100-4cf6-bd83-9668d8678433',
    name: 'utilise machine learning',
    category: 'Data and AI',
    altLabels: [],
    description:
      'Use techniques and algorithms that are able to extract mastery out of data, learn from it and make predictions, to be used for program optimisation, application adaptation, pattern recognition, filtering, search engines and computer vision.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/5608d5a0-6d5e-43b7-be37-616501729bb4',
    name: 'artificial neural networks',
    category: 'Data and AI',
    altLabels: ['NN', 'neural networks', 'ANN', 'artificial neural nets', 'neural nets'],
    description:
      'A network of artificial neurons composed for solving artificial intelligence problems. These computing systems are inspired by the biological neural networks that constitute brains. Understanding of its general model and its  elements. Knowledge of its use possibilities for automation.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/e465a154-93f7-4973-9ce1-31659fe16dd2',
    name: 'principles of artificial intelligence',
    category: 'Data and AI',
    altLabels: ['AI', 'artificial intelligence', 'principles of AI'],
    description:
      'The artificial intelligence theories, applied principles, architectures and systems, such as intelligent agents, multi-agent systems, expert systems, rule-based systems, neural networks, ontologies and cognition theories.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/fff0e2cd-d0bd-4b02-9daf-158b79d9688a',
    name: 'natural language processing',
    category: 'Data and AI',
    altLabels: ['NLP'],
    description:
      'The technologies which enable ICT devices to understand and interact with users through human language.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/7b0d5000-00da-4864-b776-6de49a87a669',
    name: 'computer vision',
    category: 'Data and AI',
    altLabels: ['tensorflow', 'openCV', 'keras', 'cuda', 'OCR', 'simpleCV'],
    description:
      'The definition and functioning of computer vision. Computer vision tools to allow computers to extract information from digital images such as photographs or video. Areas of application to solve real-world problems like security, autonomous driving, robotic manufacturing and inspection, digital image classification, medical image processing and diagnosis, and others.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/382c11ed-20d5-4ae7-b60e-15fec527fa6c',
    name: 'apply statistical analysis techniques',
    category: 'Data and AI',
    altLabels: ['apply numerical analysis to data'],
    description:
      'Use models (descriptive or inferential statistics) and techniques (data mining or machine learning) for statistical analysis and ICT tools to analyse data, uncover correlations and forecast trends.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/51586df8-1c46-4b47-8583-773cb63bf00b',
    name: 'R',
    category: 'Data and AI',
    altLabels: [],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in R.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/04f1b938-d4d4-4cb1-a863-982af76b9d93',
    name: 'SAS language',
    category: 'Data and AI',
    altLabels: [],
    description:
      'The techniques and principles of software development, such as analysis, algorithms, coding, testing and compiling of programming paradigms in SAS language.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/143769cb-b61e-47d8-a61e-eedfbec1016c',
    name: 'business intelligence',
    category: 'Data and AI',
    altLabels: ['BI'],
    description:
      'The tools used to transform large amounts of raw data into relevant and helpful business information.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/98a1dec3-8138-4f46-a596-5e2a83b884b9',
    name: 'business analytics',
    category: 'Data and AI',
    altLabels: ['business data analytics'],
    description:
      'The disciplines and technologies for solving business problems through employing quantitative methods such as data analysis and statistical models.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/65e58886-bd1e-4c5b-8ca5-8d9b353c8aa1',
    name: 'data visualisation software',
    category: 'Data and AI',
    altLabels: ['Power BI', 'Tableau', 'data presentation software'],
    description:
      'A computer tool or application that creates a graphical and visual representation of data, allowing a better understanding and interpretation of complex data through visual elements such as maps, charts, infographics or graphs.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/b0a3bb25-a02f-43ed-ab1f-994fa66a424a',
    name: 'online analytical processing',
    category: 'Data and AI',
    altLabels: ['OLAP databases', 'OLAP', 'Cube databases'],
    description:
      'The online tools which analyse, aggregate and present multi-dimensional data enabling users to interactively and selectively extract and view data from specific points of view.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/50b100ea-74fd-4706-99db-3e4ca55e51b8',
    name: 'perform data cleansing',
    category: 'Data and AI',
    altLabels: [],
    description:
      'Detect and correct corrupt records from data sets, ensure that the data become and remain structured according to guidelines.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/e46291c7-52b9-4174-bd59-178884861038',
    name: 'Hadoop',
    category: 'Data and AI',
    altLabels: [],
    description:
      'The open-source data storing, analysis and processing framework which consists mainly in the MapReduce and Hadoop distributed file system (HDFS) components and it is used to provide support for managing and analysing large datasets.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/1973c966-f236-40c9-b2d4-5d71a89019be',
    name: 'use spreadsheets software',
    category: 'Data and AI',
    altLabels: ['Microsoft Office Excel', 'Google Sheets', 'LibreOffice Calc', 'design spreadsheets'],
    description:
      'Use software tools to create and edit tabular data to carry out mathematical calculations, organise data and information, create diagrams based on data and to retrieve them.',
  },
  // Testing and QA
  {
    escoUri: 'http://data.europa.eu/esco/skill/913e7e83-b8f8-4574-b1ca-1b38f3fd974a',
    name: 'execute software tests',
    category: 'Testing and QA',
    altLabels: ['software testing', 'test application', 'test programs'],
    description:
      'Perform tests to ensure that a software product will perform flawlessly under the specified customer requirements and identify software defects (bugs) and malfunctions, using specialised software tools and testing techniques.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/5d74614d-32c8-4ca4-9818-6980e52424b1',
    name: 'plan software testing',
    category: 'Testing and QA',
    altLabels: [],
    description:
      'Create and supervise tests plans. Decide on allocation of resources, tools and techniques. Set testing criteria for balancing incurred risks in case of remaining defects, adapt budgets and plan additional costs.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/85f46538-ae70-498a-bfbc-b8ddafe96c7d',
    name: 'levels of software testing',
    category: 'Testing and QA',
    altLabels: [],
    description:
      'The levels of testing in the software development process, such as unit testing, integration testing, system testing and acceptance testing.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6a322874-e32f-4cd8-9683-badce67a7f73',
    name: 'develop automated software tests',
    category: 'Testing and QA',
    altLabels: [
      'design automated software tests',
      'generate automated software tests',
      'build automated software tests',
    ],
    description:
      'Create software test sets in an automated manner, ​using specialised languages or tools, that can be performed by testing tools in order to save resources, gain efficiency and effectiveness in test execution.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/7557f0f4-b8bc-4ac0-b91e-222ab1ba744f',
    name: 'tools for ICT test automation',
    category: 'Testing and QA',
    altLabels: ['tools for test automation', 'test automation tools', 'Selenium'],
    description:
      'The specialised software to execute or control tests and compare predicted testing outputs with actual testing results such as Selenium, QTP and LoadRunner',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/7253d98c-4a6d-4e37-8b6c-accca9f4b639',
    name: 'develop ICT test suite',
    category: 'Testing and QA',
    altLabels: ['design software testing'],
    description:
      'Create a series of test cases to check software behaviour versus specifications. These test cases are then to be used during subsequent testing.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/7961413f-61d0-4722-9cd9-20a050a29899',
    name: 'perform software unit testing',
    category: 'Testing and QA',
    altLabels: [],
    description:
      'Test single units of source code to determine whether or not they are suitable for use by creating short code fragments.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ea412de3-9d7a-4943-8d8c-c6d3c7495d0e',
    name: 'execute integration testing',
    category: 'Testing and QA',
    altLabels: ['test interface between software components'],
    description:
      'Perform testing of system or software components grouped in multiple ways to evaluate their ability to interconnect, their interface and their ability to provide global functionality.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ff25cbf0-6978-4c4c-887e-d4b185410d74',
    name: 'perform software recovery testing',
    category: 'Testing and QA',
    altLabels: ['perform software crash and recovery testing'],
    description:
      'Execute testing using specialised software tools to force failure of software in a variety of ways and checking how fast and better the software can recover against any type of crash or failure.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/78a74fd1-efc6-49dc-adb1-1b0fbe35c22c',
    name: 'provide software testing documentation',
    category: 'Testing and QA',
    altLabels: [],
    description:
      'Describe software testing procedures to technical team and analysis of test outcomes to users and clients in order to inform them about state and efficiency of software.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ce354460-500e-4eaa-8e95-8f243fcea3db',
    name: 'manage system testing',
    category: 'Testing and QA',
    altLabels: [],
    description:
      'Select, perform and track testings on software or hardware to detect system defects both within the integrated system units, the inter-assemblages and the system as a whole. Organise testings such as installation testing, security testing and graphical user interface testing.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/438ff259-d086-4004-acda-1ec3e1631bc6',
    name: 'software anomalies',
    category: 'Testing and QA',
    altLabels: [],
    description:
      'The deviations of what is standard and exceptional events during software system performance, identification of incidents that can alter the flow and the process of system execution.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/fafe0b9d-dbd9-46bd-b770-26299539ce66',
    name: 'ICT process quality models',
    category: 'Testing and QA',
    altLabels: [
      'CMMI (Capability Maturity Model Integrated)',
      'software process quality',
      'Quality maturity models',
      'CMM',
    ],
    description:
      'The quality models for ICT services which address the maturity of the processes, the adoption of recommended practices and their definition and institutionalisation that allow the organisation to reliably and sustainably produce required outcomes. It includes models in a lot of ICT areas.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/7f0b1a66-ebaf-4c8a-b606-4c1844eb692e',
    name: 'attend to ICT systems quality',
    category: 'Testing and QA',
    altLabels: [],
    description:
      'Ensure correct operations which comply fully with specific needs and outcomes in terms of the development, integration, security and overall management of ICT systems.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/eb3aa8c1-fb14-47b4-a352-b7975abd2480',
    name: 'replicate customer software issues',
    category: 'Testing and QA',
    altLabels: [],
    description:
      'Use specialised tools to replicate and analyse the conditions that caused the set of software states or outputs reported by the customer in order to provide adequate solutions.',
  },
  // UX and design
  {
    escoUri: 'http://data.europa.eu/esco/skill/fd33c66c-70c4-40e6-b87c-5495bd3bf26e',
    name: 'design user interface',
    category: 'UX and design',
    altLabels: ['UI design'],
    description:
      'Create software or device components which enable interaction between humans and systems or machines, using appropriate techniques, languages and tools so as to streamline interaction while using the system or machine.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/de0be6e8-644c-4cc9-9c8d-925dd98dda56',
    name: 'software interaction design',
    category: 'UX and design',
    altLabels: ['interaction design'],
    description:
      'The methodologies for designing interaction between users and a software product or service to satisfy the needs and preferences of most of the people who will interface with the product and to simplify the communication between product and user such as Goal-oriented design.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/9136cbf1-7916-4f1c-bc9a-0318ee1d6016',
    name: 'human-computer interaction',
    category: 'UX and design',
    altLabels: ['HCI'],
    description: 'The study of the behaviour and interaction between digital devices and human beings.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/c4b626c1-e71c-44ec-9f88-042766f37fcc',
    name: 'application usability',
    category: 'UX and design',
    altLabels: ['software usability'],
    description:
      'The process through which the learnability, efficiency, usefulness and ease of use of a software application can be defined and measured.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/be0ff6d8-5e61-4021-9c89-e40cf0b75cc6',
    name: 'measure software usability',
    category: 'UX and design',
    altLabels: ['usability evaluation', 'perform software usability testing'],
    description:
      'Check the convenience of the software product for the end user. Identify user problems and make adjustments to improve usability practice. Collect input data on how users evaluate software products.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/07dd856d-6141-48a7-a228-918f88494812',
    name: 'create prototype of user experience solutions',
    category: 'UX and design',
    altLabels: ['UX design', 'user experience', 'UX'],
    description:
      'Design and prepare mock-ups, prototypes and flows in order to test User Experience (UX) solutions or to collect feedback from users, customers, partners or stakeholders.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/f0f5bb34-71df-4715-9c9e-03567b76ec8f',
    name: 'create website wireframe',
    category: 'UX and design',
    altLabels: [],
    description:
      "Develop an image or set of images that display the functional elements of a website or page, typically used for planning a website's functionality and structure.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/1019423b-3368-4f83-b24f-19e5fa23e816',
    name: 'software UI design patterns',
    category: 'UX and design',
    altLabels: [],
    description:
      'The reusable solutions and formalised best practices to solve common user interface tasks in software development and design.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/a4c2aa71-086f-4a46-b481-2619673c9dfe',
    name: 'execute ICT user research activities',
    category: 'UX and design',
    altLabels: ['user research', 'UX research'],
    description:
      'Perform research tasks such as recruitment of participants, scheduling of tasks, collecting of empirical data, data analysis and production of materials in order to assess the interaction of users with an ICT system, program or application.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/465e7c78-cd26-4503-a5ca-40009e807705',
    name: "assess users' interaction with ICT applications",
    category: 'UX and design',
    altLabels: [],
    description:
      "Evaluate how users interact with ICT applications in order to analyse their behaviour, draw conclusions (for instance about their motives, expectations and goals) and improve applications' functionalities.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/0737ad0a-75ac-4696-988b-565820577ac0',
    name: 'use experience map',
    category: 'UX and design',
    altLabels: [],
    description:
      'Examine all the interactions and touchpoints people have with a product, brand or service. Determine key variables such as duration and frequency of every touchpoint.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/3e23db60-0c3d-498a-a6ac-ffbed0ecb033',
    name: 'ICT accessibility standards',
    category: 'UX and design',
    altLabels: [
      'WCAG',
      'accessibility standards and guidelines',
      'assistive technology standards',
      'digital accessibility standards',
    ],
    description:
      'The recommendations for making ICT content and applications more accessible to a wider range of people, mostly with disabilities, such as blindness and low vision, deafness and hearing loss and cognitive limitations. It includes standards such as Web Content Accessibility Guidelines (WCAG).',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/be64bb4c-84ac-4c83-8cc7-fc8593e15136',
    name: 'test system accessibility for users with special needs',
    category: 'UX and design',
    altLabels: [],
    description:
      'Examine whether software interface complies with standards and regulations so that the system can be used by people with special needs.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/7fb699d9-182a-430e-b7a0-6d8ed05c284b',
    name: 'graphic design',
    category: 'UX and design',
    altLabels: ['visual design'],
    description: 'The techniques to create a visual representation of ideas and messages.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/14ced458-5f4b-495f-bd3d-9c240614bda0',
    name: 'Adobe Photoshop',
    category: 'UX and design',
    altLabels: ['Adobe Photoshop Elements', 'Adobe Photoshop CC'],
    description:
      'The computer program Adobe Photoshop is a graphical ICT tool which enables digital editing and composition of graphics to generate both 2D raster or 2D vector graphics. It is developed by the software company Adobe.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/27b913f0-3c52-448b-ad27-fc6ef08fb326',
    name: 'Adobe Illustrator',
    category: 'UX and design',
    altLabels: ['Adobe Illustrator CC'],
    description:
      'The computer program Adobe Illustrator CC is a graphical ICT tool which enables digital editing and composition of graphics to generate both 2D raster or 2D vector graphics. It is developed by the software company Adobe.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/719d8699-a221-4b5a-8fc3-68a8645cbe03',
    name: 'adobe creative suite',
    category: 'UX and design',
    altLabels: ['Adobe Creative Cloud'],
    description:
      'The set of software applications that are used to create visual content for personal or business use. Examples of items that can be generated are flyers, brochures, books, websites and videos.',
  },
  // Digital marketing
  {
    escoUri: 'http://data.europa.eu/esco/skill/43dfbe7f-9e10-4871-b171-e5076737b4cf',
    name: 'digital marketing techniques',
    category: 'Digital marketing',
    altLabels: ['online ads software'],
    description:
      'The marketing techniques used on the web to reach and engage with stakeholders, customers and clients.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/eda4d727-4374-49af-ace4-118c7c906835',
    name: 'search engine optimisation',
    category: 'Digital marketing',
    altLabels: ['SEO', 'SEM', 'search engine marketing', 'Search marketing', 'search engine optimization'],
    description:
      'The marketing approach which promotes webpage presentation by affecting the specific structures of the website which impact its visibility in unpaid search results.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/509909a2-4a8f-4ead-8ad0-968df63b77cc',
    name: 'social media marketing techniques',
    category: 'Digital marketing',
    altLabels: ['social media marketing'],
    description:
      'The marketing methods and strategies used to increase attention and website traffic through social media channels.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/64e09849-a7db-4d6b-a932-66264420eb97',
    name: 'apply social media marketing',
    category: 'Digital marketing',
    altLabels: ['implement social media marketing'],
    description:
      'Employ website traffic of social media such as Facebook and Twitter to generate attention and participation of existing and potential customers through discussion forums, web logs, microblogging and social communities for gaining a quick overview or insight into topics and opinions in the social web and handle inbound leads or inquiries.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/74cb80c4-df6b-4d79-a153-cb7b3b3b6eb0',
    name: 'plan social media marketing campaigns',
    category: 'Digital marketing',
    altLabels: ['organise social media marketing campaigns', 'organise digital campaigns'],
    description: 'Plan and implement a marketing campaign on social media.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/736ef286-fbd3-4e5c-a4b4-d1e2008c9898',
    name: 'plan digital marketing',
    category: 'Digital marketing',
    altLabels: ['manage internet advertising', 'develop digital marketing strategies', 'plan marketing digitally'],
    description:
      'Develop digital marketing strategies for both leisure and business purposes, create websites and deal with mobile technology and social networking.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/34928d4f-16e2-46a7-937a-c46838f550eb',
    name: 'pay-per-click',
    category: 'Digital marketing',
    altLabels: ['PPC', 'CPC', 'cost-per-click'],
    description:
      'Internet advertising model where an advert is place in a website directing traffic to some other website. The publisher gets paid by every click on the banner.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/750f86d2-18be-4015-84b1-d4a26d9b2d88',
    name: 'online ads campaign techniques',
    category: 'Digital marketing',
    altLabels: ['online ads', 'online advertisement'],
    description: 'Techniques to plan and implement a marketing campaign on online ads platforms.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/11c56452-fcec-4b00-9695-cca4728e5048',
    name: 'marketing analytics',
    category: 'Digital marketing',
    altLabels: ['marketing data analytics'],
    description:
      'The set of processes for employing data to improve the effectiveness of marketing activities. It involves analysing metrics such as the Return on Investment (ROI) for identify opportunities of improvement.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/1605025e-a179-421f-8f35-5b07d182a6b2',
    name: 'web analytics',
    category: 'Digital marketing',
    altLabels: [],
    description:
      "The characteristics, tools and techniques for measurement, collection, analysis and reporting of web data to get information on the users' behaviour and to improve the performance of a website.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ef069fe6-305b-4452-8f7d-0c572e98effc',
    name: 'mobile marketing',
    category: 'Digital marketing',
    altLabels: [
      'product promotion via mobile devices',
      'cell phone marketing',
      'wireless marketing',
      'mobile devices marketing',
    ],
    description:
      'The study of marketing which uses mobile devices as a communication channel. This approach can provide potential customers with personalised information (using location or time context) which promotes products, services or ideas.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/ef64005d-75bc-4597-8ed6-717edec5e55e',
    name: 'enhance website visibility',
    category: 'Digital marketing',
    altLabels: ['website marketing'],
    description:
      'Promote the website to users, business partners and search engines. Optimise the website exposure to search engines, send out emails, determine pricing and policies and conduct marketing actions.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/5303169c-75d6-4751-9136-a4b88343388c',
    name: 'social media management',
    category: 'Digital marketing',
    altLabels: ['handling of social media strategies', 'computer media management'],
    description:
      'The planning, development, and implementation of strategies aimed at managing social media platforms, the publications, the social media management tools, and the image of organisations in them.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/52e3507b-1cad-409f-9146-3c5e2afe7df9',
    name: 'manage online communications',
    category: 'Digital marketing',
    altLabels: [],
    description:
      'Oversee and supervise communications of a company, entity, or person in online outlets. Ensure that the information being communicated online is in line with the strategy and image aimed to be conveyed.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/9889b795-d755-41b2-8afd-2e3c87a65a38',
    name: 'use customer relationship management software',
    category: 'Digital marketing',
    altLabels: ['CRM'],
    description:
      'Use specialised software to manage company’s interactions with current and future customers. Organise, automate and synchronise sales, marketing, customer service, and technical support, to increase targeted sales.',
  },
  // IT support
  {
    escoUri: 'http://data.europa.eu/esco/skill/c2296e2e-5fef-4f24-a24f-e5b3792268be',
    name: 'provide ICT support',
    category: 'IT support',
    altLabels: ['IT support', 'help desk', 'service desk'],
    description:
      'Resolve ICT-related incidents and service requests from customers, clients or colleagues including password resets and updating databases such as Microsoft Exchange email.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/db36f7f1-5900-45bd-9ffb-f2b19c4362ac',
    name: 'support ICT system users',
    category: 'IT support',
    altLabels: ['staff support', 'user assistance', 'provide guidance on the use'],
    description:
      'Communicate with end users, instruct them on how to progress with tasks, use ICT support tools and methods to solve problems and identify possible side effects and provide solutions.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/744442ac-c157-4350-8be0-ce454df4f5c5',
    name: 'perform ICT troubleshooting',
    category: 'IT support',
    altLabels: ['troubleshooting'],
    description:
      'Identify problems with servers, desktops, printers, networks, and remote access, and perform actions which solve the problems.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/9e06bac6-6b91-48ca-8b7d-c1f48cdecd7c',
    name: 'solve ICT system problems',
    category: 'IT support',
    altLabels: ['diagnose system problems', 'manage system problem', 'troubleshoot system'],
    description:
      'Identify potential component malfunctions. Monitor, document and communicate about incidents. Deploy appropriate resources with minimal outage and deploy appropriate diagnostic tools.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/a3ce2bf7-5562-4639-9b52-fdb4850a3904',
    name: 'ICT problem management techniques',
    category: 'IT support',
    altLabels: [],
    description: 'The techniques related to identifying the solutions of the root cause of ICT incidents.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/6430eb0d-c6de-46b7-a7fc-3dd2e8e62a69',
    name: 'use ICT ticketing system',
    category: 'IT support',
    altLabels: ['use e-ticketing system'],
    description:
      'Utilise a specialised system to track registration, processing and resolution of issues in an organisation by assigning each of these issues a ticket, registering inputs from involved persons, tracking changes and displaying the status of the ticket, until it is completed.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/d12e9d68-84c5-444e-aa98-d36533bf03f6',
    name: 'apply operations for an ITIL-based environment',
    category: 'IT support',
    altLabels: ['ITIL'],
    description: 'Properly operate ITIL (Information Technology Infrastructure Library) based service desk procedures.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/c77db25e-bb51-4a10-b2ad-99b48b1b4a37',
    name: 'maintain computer hardware',
    category: 'IT support',
    altLabels: ['repair computer hardware'],
    description:
      'Diagnose and detect malfunctions in computer hardware components and systems and remove, replace, or repair these components when necessary. Execute preventative equipment maintenance tasks, such as storing hardware components in clean, dust free, and non-humid spaces.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/c8de8023-ab8a-402b-a828-b2b57cd3b2f7',
    name: 'install software',
    category: 'IT support',
    altLabels: ['install computer software', 'load software'],
    description:
      "Install machine-readable instructions, such as computer programs, in order to direct the computer's processor to perform a certain set of actions.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/b4877620-c375-45f3-a678-2ddb4dae6a29',
    name: 'repair ICT devices',
    category: 'IT support',
    altLabels: ['IT equipment', 'ICT equipment'],
    description:
      'Maintain and repair ICT related equipment such as laptops, desktops, tablets, mobile devices, communications equipment, printers and any piece of computer related peripheral. Detect faults, malfunctions and replace parts if necessary.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/8359bd04-d2cb-4757-af1f-39a921df9efe',
    name: 'remove computer virus or malware from a computer',
    category: 'IT support',
    altLabels: ['remove malware from a computer', 'remove virus from a computer'],
    description: 'Carry out actions to remove computer viruses or other types of malware from a computer.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/82de2df7-0d6c-42b1-94ac-b3e9a029e917',
    name: 'use back-up and recovery tools',
    category: 'IT support',
    altLabels: ['use back-up software', 'use recovery software'],
    description:
      'Use tools which allow users to copy and archive computer software, configurations and data and recover them in case of loss.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/cf3e976d-2c3e-495c-a874-f9e8a66d3b48',
    name: 'perform backups',
    category: 'IT support',
    altLabels: ['backup ICT system', 'backup data'],
    description:
      'Implement backup procedures to backup data and systems to ensure permanent and reliable system operation. Execute data backups in order to secure information by copying and archiving to ensure integrity during system integration and after data loss occurrence.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/fc2f1d4f-a46f-471e-a618-cbd4d0496a53',
    name: 'implement ICT recovery system',
    category: 'IT support',
    altLabels: ['recover ICT system', 'disaster recovery'],
    description:
      'Create, manage and implement ICT system recovery plan in case of crisis in order to retrieve information and reacquire use of the system.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/418a56a2-7cfc-4b6d-8cf5-5c2add99a849',
    name: 'provide ICT system training',
    category: 'IT support',
    altLabels: [],
    description:
      'Plan and conduct training of staff on system and network issues. Utilise training material, evaluate and report on the learning progress of trainees.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/fbbcb9ab-4b95-4e57-a756-30d08b7da7a5',
    name: 'maintain ICT system',
    category: 'IT support',
    altLabels: [],
    description:
      "Select and apply system and network monitoring techniques. Identify and fix operational problems. Ensure that system's capabilities and efficiency match company specifications.",
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/cf532795-a1fd-43bd-8407-6e43f877e6e3',
    name: 'mobile device management',
    category: 'IT support',
    altLabels: ['cell phone device management', 'bring your own device', 'BYOD', 'mobile terminals'],
    description: 'The methods for managing the use of mobile devices within an organisation, while ensuring security.',
  },
  {
    escoUri: 'http://data.europa.eu/esco/skill/f683ae1d-cb7c-4aa1-b9fe-205e1bd23535',
    name: 'use microsoft office',
    category: 'IT support',
    altLabels: ['use microsoft office software', 'utilise microsoft office applications'],
    description:
      'Use the standard programs contained in Microsoft Office. Create a document and do basic formatting, insert page breaks, create headers or footers, and insert graphics, create automatically generated tables of contents and merge form letters from a database of addresses. Create auto-calculating spreadsheets, create images, and sort and filter data tables.',
  },
];
