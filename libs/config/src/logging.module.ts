import { DynamicModule, Module } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';
import { RuntimeConfig } from './runtime-config';

const REQUEST_ID = /^[\w.-]{1,100}$/;

/** JSON logs; every line logged while serving a request carries its `reqId` (taken from X-Request-Id when sane). */
@Module({})
export class LoggingModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          pinoHttp: {
            level: config.env.LOG_LEVEL,
            quietReqLogger: true,
            genReqId: (req, res) => {
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
              res.setHeader('X-Request-Id', id);
              return id;
            },
            redact: { paths: ['req.headers.authorization', 'req.headers.cookie'], censor: '[redacted]' },
            autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
          },
        }),
      ],
    };
  }
}
