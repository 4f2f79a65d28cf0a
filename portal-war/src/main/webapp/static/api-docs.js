window.ui = SwaggerUIBundle({ url: '/openapi?format=JSON', dom_id: '#swagger-ui' });
